import { screen, waitFor, within } from '@testing-library/react';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDirFor } from '../../db/archive';
import { BackupsPage } from '../../renderer/src/pages/backups/BackupsPage';
import { backupTime, backupTimeExact } from '../../renderer/src/pages/backups/backupWords';
import { useBackups } from '../../renderer/src/pages/backups/useBackups';
import { reloadWindow } from '../../renderer/src/shell/reloadWindow';
import { tempDir } from '../helpers/archive';
import { renderInApp } from '../helpers/renderInApp';
import { freshStoresEach } from './freshStores';
import { realArchive, type RealArchive } from './realArchive';

// jsdom cannot reload a window; the page's reload after a restore is checked to be asked for.
vi.mock('../../renderer/src/shell/reloadWindow', () => ({ reloadWindow: vi.fn() }));

let t: RealArchive;
let extra: string[];
freshStoresEach(null, useBackups);
beforeEach(async () => {
  sessionStorage.clear();
  vi.mocked(reloadWindow).mockClear();
  extra = [];
  t = await realArchive();
});
afterEach(() => {
  t.close();
  delete window.chooseFolder;
  extra.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function renderPage() {
  return renderInApp(<BackupsPage />, { delay: null });
}

const rowOf = (createdAt: string) => screen.getByText(backupTimeExact(createdAt)).closest('tr') as HTMLElement;
const memberNames = async () => (await t.must('members.list', {})).items.map((m) => m.name);

// Each test drives antd tables, a dialog and real backups of a real archive: slow on a loaded machine.
describe('备份与恢复', { timeout: 120_000 }, () => {
  it('starts empty with a way to back up at once, then lists the backup with kind, size and check', async () => {
    const { user } = renderPage();
    expect(await screen.findByText(/还没有备份/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '立即备份' }));
    expect(await screen.findByText(/^已备份档案/)).toBeInTheDocument();
    const [made] = await t.must('backups.list', {});
    const row = await waitFor(() => rowOf(made.createdAt));
    expect(within(row).getByText('手动')).toBeInTheDocument();
    expect(within(row).getByText(/^\d+ KB$/)).toBeInTheDocument();
    expect(within(row).getByText('完好')).toBeInTheDocument();
    expect(within(row).getByText('备份时已校验')).toBeInTheDocument();
  });

  it('checks a backup on 校验 and shows a damaged one as such, with 恢复 turned off', async () => {
    const b = await t.must('backups.create', {});
    const { user } = renderPage();
    const row = await waitFor(() => rowOf(b.createdAt));
    await user.click(within(row).getByRole('button', { name: /^校验/ }));
    expect(await screen.findByText(/的备份完好，可以用来恢复/)).toBeInTheDocument();
    expect(await within(rowOf(b.createdAt)).findByText(/^校验于/)).toBeInTheDocument();

    fs.writeFileSync(path.join(backupDirFor(t.file), b.name), 'not a database any more');
    await user.click(within(rowOf(b.createdAt)).getByRole('button', { name: /^校验/ }));
    expect(await screen.findByText(/的备份已损坏：/)).toBeInTheDocument();
    expect(await within(rowOf(b.createdAt)).findByText('已损坏')).toBeInTheDocument();
    expect(within(rowOf(b.createdAt)).getByRole('button', { name: /恢复$/ })).toBeDisabled();
  });

  it('restores after saying what is replaced, reloads the window, then offers and performs the undo', async () => {
    const m = await t.must('members.create', { name: '张伟' });
    const b = await t.must('backups.create', {});
    await t.must('members.update', { id: m.id, patch: { name: '张卫' } });

    const first = renderPage();
    const row = await waitFor(() => rowOf(b.createdAt));
    await first.user.click(within(row).getByRole('button', { name: /恢复$/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`将用 ${backupTime(b.createdAt)} 的备份（手动）替换当前档案`);
    expect(dialog).toHaveTextContent('先把当前档案完整备份一次（恢复前备份）');
    await first.user.click(within(dialog).getByRole('button', { name: '恢复档案' }));
    await waitFor(() => expect(reloadWindow).toHaveBeenCalledTimes(1));
    expect(await memberNames()).toEqual(['张伟']);
    first.unmount();

    // The window came back at the same address: the page offers the undo.
    useBackups.setState(useBackups.getInitialState());
    const second = renderPage();
    const banner = await screen.findByText(
      `已用 ${backupTime(b.createdAt)} 的备份恢复档案，各页面显示的都是恢复后的数据。`,
    );
    expect(banner).toBeInTheDocument();
    expect(await screen.findByText('恢复前')).toBeInTheDocument(); // the pre-restore backup in the list
    await second.user.click(screen.getByRole('button', { name: '撤销这次恢复' }));
    await waitFor(() => expect(reloadWindow).toHaveBeenCalledTimes(2));
    expect(await memberNames()).toEqual(['张卫']);
    second.unmount();

    renderPage();
    expect(await screen.findByText(/^已撤销这次恢复/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '撤销这次恢复' })).toBeNull();
  });

  it('leaves the archive as it was when the dialog is cancelled', async () => {
    await t.must('members.create', { name: '张伟' });
    const b = await t.must('backups.create', {});
    await t.must('members.create', { name: '李红' });
    const { user } = renderPage();
    await user.click(within(await waitFor(() => rowOf(b.createdAt))).getByRole('button', { name: /恢复$/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /取\s*消/ }));
    expect(reloadWindow).not.toHaveBeenCalled();
    expect((await memberNames()).sort()).toEqual(['张伟', '李红'].sort());
  });
});

describe('the second backup folder in browser mode', { timeout: 120_000 }, () => {
  it('refuses a path that is not a whole path or does not exist, in Chinese, and copies backups to a good one', async () => {
    const mirror = tempDir('mirror-page-');
    extra.push(mirror);
    const { user } = renderPage();
    expect(await screen.findByText(/还没有设置第二个备份文件夹/)).toBeInTheDocument();
    const field = screen.getByLabelText('文件夹路径');
    const submit = screen.getByRole('button', { name: '设为第二个备份文件夹' });

    await user.click(submit);
    expect(await screen.findByText('请填写文件夹的完整路径')).toBeInTheDocument();
    await user.type(field, 'U盘备份{Enter}');
    expect(await screen.findByText(/必须是完整路径/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, `${path.join(mirror, '没有这个文件夹')}{Enter}`);
    expect(await screen.findByText(/不存在，请先插好U盘或创建该文件夹/)).toBeInTheDocument();
    expect((await t.must('backups.getSettings', {})).mirrorDir).toBeNull();

    await user.clear(field);
    await user.type(field, `${mirror}{Enter}`);
    expect(await screen.findByText(/已设置第二个备份文件夹/)).toBeInTheDocument();
    expect(await screen.findByText(/第二个备份文件夹可以使用.*还没有复制过备份/)).toBeInTheDocument();
    expect(screen.getByText(mirror)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '立即备份' }));
    expect(await screen.findByText(/最近的备份已复制过去/)).toBeInTheDocument();
    expect(screen.getByText(/^最近一次复制：.*（今天）$/)).toBeInTheDocument();
    const [made] = await t.must('backups.list', {});
    expect(fs.existsSync(path.join(mirror, made.name))).toBe(true);

    fs.rmSync(mirror, { recursive: true });
    await user.click(screen.getByRole('button', { name: '立即备份' }));
    expect(await screen.findByText(/U盘可能没有插好/)).toBeInTheDocument();
    expect(screen.getByText(/^找不到第二个备份文件夹/).closest('[role="alert"]')).toBeInTheDocument();
  });

  it('uses the desktop shell’s folder dialog when there is one', async () => {
    const mirror = tempDir('mirror-dialog-');
    extra.push(mirror);
    window.chooseFolder = vi.fn(async () => mirror);
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: '选择文件夹…' }));
    expect(await screen.findByText(/已设置第二个备份文件夹/)).toBeInTheDocument();
    expect(screen.queryByLabelText('文件夹路径')).toBeNull();
    expect((await t.must('backups.getSettings', {})).mirrorDir).toBe(mirror);
    expect(await screen.findByRole('button', { name: '换一个文件夹…' })).toBeInTheDocument();
  });
});
