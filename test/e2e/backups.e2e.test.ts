import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goTo, openDrawer, openModal, toast, twoChar } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';

const session = sessionPerFile('backups');
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));
let mirror: string;
beforeAll(() => void (mirror = s.tempDir('usb')));

const rows = () => page.locator('.ant-table-tbody tr.ant-table-row');
const row = (text: string) => rows().filter({ hasText: text });
const memberNames = async () => (await s.api('members.list', {})).items.map((m) => m.name);

/** 委员: opens the member's form from the roster and gives them a new name. */
async function rename(from: string, to: string): Promise<void> {
  await goTo(page, '委员', 'members');
  await row(from).getByRole('button', { name: from }).click();
  const drawer = openDrawer(page);
  await drawer.getByLabel('姓名').fill(to);
  await drawer.getByRole('button', { name: twoChar('保存') }).click();
  await toast(page, `已保存 ${to} 的修改`);
  await drawer.waitFor({ state: 'hidden' });
}

describe('备份与恢复 in Chromium through the browser-mode host', () => {
  it('backs up, changes a member, restores the old value, and undoes the restore', async () => {
    await s.api('members.create', { name: '周强' });
    await page.goto(s.url);
    await goTo(page, '备份与恢复', 'backups');
    // The host made today's daily backup when it opened the archive.
    await row('每日').waitFor();
    await page.getByRole('button', { name: '立即备份' }).click();
    await toast(page, /^已备份档案/);
    await row('手动').waitFor();
    await expect.poll(() => page.getByRole('button', { name: /^最近备份：今天/ }).count()).toBe(1);
    await s.shot('01-page');

    await rename('周强', '周强国');
    expect(await memberNames()).toEqual(['周强国']);

    await goTo(page, '备份与恢复', 'backups');
    await row('手动').getByRole('button', { name: /恢复$/ }).click();
    const dialog = openModal(page);
    await dialog.getByText('从备份恢复档案？').waitFor();
    expect(await dialog.textContent()).toMatch(/将用 \d{4}年\d+月\d+日 \d\d:\d\d 的备份（手动）替换当前档案/);
    expect(await dialog.textContent()).toContain('先把当前档案完整备份一次（恢复前备份）');
    await s.shot('02-confirm', 'window');
    await dialog.getByRole('button', { name: '恢复档案' }).click();

    // The window reloads on the same page and offers the undo.
    await page.getByRole('button', { name: '撤销这次恢复' }).waitFor();
    expect(page.url()).toMatch(/#\/backups$/);
    await row('恢复前').waitFor();
    await s.shot('03-restored');
    expect(await memberNames()).toEqual(['周强']);
    await goTo(page, '委员', 'members');
    await row('周强').waitFor();
    expect(await row('周强国').count()).toBe(0);

    await goTo(page, '备份与恢复', 'backups');
    await page.getByRole('button', { name: '撤销这次恢复' }).click();
    await page.getByText(/^已撤销这次恢复/).waitFor();
    expect(await page.getByRole('button', { name: '撤销这次恢复' }).count()).toBe(0);
    expect(await memberNames()).toEqual(['周强国']);
    await goTo(page, '委员', 'members');
    await row('周强国').waitFor();
    expect(s.pageErrors).toEqual([]);
  });

  it('sets a second folder by its path and sees the next backup land there', async () => {
    await goTo(page, '备份与恢复', 'backups');
    await page.getByText(/还没有设置第二个备份文件夹/).waitFor();
    const field = page.getByLabel('文件夹路径');
    await field.fill('U盘');
    await field.press('Enter');
    await page.getByText(/必须是完整路径/).waitFor();
    await field.fill(mirror);
    await field.press('Enter');
    await toast(page, /已设置第二个备份文件夹/);
    await page.getByText(/第二个备份文件夹可以使用.*还没有复制过备份/).waitFor();

    await page.getByRole('button', { name: '立即备份' }).click();
    await toast(page, /^已备份档案/);
    await page.getByText(/最近的备份已复制过去/).waitFor();
    const [newest] = await s.api('backups.list', {});
    expect(newest.kind).toBe('manual');
    expect(fs.existsSync(path.join(mirror, newest.name))).toBe(true);
    expect(fs.statSync(path.join(mirror, newest.name)).size).toBe(newest.size);
    await s.shot('04-second-folder');

    fs.rmSync(mirror, { recursive: true });
    await page.reload();
    await page.getByText(/找不到第二个备份文件夹.*U盘可能没有插好/).waitFor();
    await s.shot('05-folder-missing');
    expect(s.pageErrors).toEqual([]);
  });
});
