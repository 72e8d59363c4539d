import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api/client';
import { MembersPage } from '../../renderer/src/pages/members/MembersPage';
import { useMembers } from '../../renderer/src/pages/members/useMembers';
import type { ImportPreview } from '../../shared/contract/memberImport';
import { renderInApp } from '../helpers/renderInApp';
import { fakeArchive } from './fakeTransport';
import { freshStoresEach } from './freshStores';

freshStoresEach(null, useMembers);
// jsdom has no object URLs; the export test stands them in and they are put back after each test.
const objectUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
afterEach(() => {
  setTransport(undefined);
  Object.assign(URL, objectUrls);
  vi.restoreAllMocks();
});

function renderPage() {
  return renderInApp(<MembersPage />).user;
}

const preview: ImportPreview = {
  rows: [
    { line: 2, input: { name: '张伟', gender: 'male', phone: '13800138000' }, errors: [] },
    {
      line: 3,
      input: { name: '李红', phone: '1380013' },
      errors: [{ field: 'phone', label: '手机号', message: '电话号码格式不正确' }],
    },
    { line: 4, input: { name: '王建国' }, errors: [] },
    {
      line: 5,
      input: { name: '张伟', phone: '13800138000' },
      errors: [],
      duplicateOf: { source: 'file', line: 2, message: '与第 2 行重复（同名且电话相同）' },
    },
  ],
  good: 3,
  bad: 1,
  duplicates: 1,
  headersMissing: [],
  headersUnknown: ['籍贯'],
};

const roster = new File(['姓名,手机号\n张伟,13800138000\n'], '名册.csv', { type: 'text/csv' });

async function openAndChoose(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /导入/ }));
  const dialog = await screen.findByRole('dialog');
  await user.upload(within(dialog).getByLabelText('选择要导入的名册文件'), roster);
  return dialog;
}

describe('member import dialog', () => {
  it('previews the file with the bad row marked, and imports only when the clerk allows it', async () => {
    const archive = fakeArchive({
      'members.importPreview': () => ({ ok: true, value: preview }),
      'members.importCommit': () => ({
        ok: true,
        value: { imported: 2, skippedBad: 1, skippedDuplicates: 1, backup: 'pre-import-20260514-010203.sqlite' },
      }),
    });
    const user = renderPage();
    const dialog = await openAndChoose(user);

    const badRow = (await within(dialog).findByText('手机号：电话号码格式不正确')).closest('tr') as HTMLElement;
    expect(badRow).toHaveStyle({ background: '#fff1f0' });
    const [sent] = archive.inputsOf('members.importPreview');
    expect(sent.fileName).toBe('名册.csv');
    expect(new TextDecoder().decode(Uint8Array.from(atob(sent.dataBase64), (c) => c.charCodeAt(0)))).toBe(
      '姓名,手机号\n张伟,13800138000\n',
    );

    expect(within(badRow).getByText('李红')).toBeInTheDocument();
    expect(within(dialog).getByText('与第 2 行重复（同名且电话相同）')).toBeInTheDocument();
    expect(within(dialog).getByText(/以下列无法识别.*籍贯/)).toBeInTheDocument();

    // Three good rows, one of them a duplicate skipped by default.
    const importButton = within(dialog).getByRole('button', { name: '导入 2 位委员' });
    expect(importButton).toBeDisabled();
    await user.click(within(dialog).getByLabelText('仅导入无误的行'));
    expect(importButton).toBeEnabled();
    await user.click(within(dialog).getByLabelText('跳过重复的委员'));
    expect(within(dialog).getByRole('button', { name: '导入 3 位委员' })).toBeEnabled();
    await user.click(within(dialog).getByLabelText('跳过重复的委员'));

    const listsBefore = archive.inputsOf('members.list').length;
    await user.click(within(dialog).getByRole('button', { name: '导入 2 位委员' }));
    await waitFor(() => expect(archive.inputsOf('members.importCommit')).toHaveLength(1));
    expect(archive.inputsOf('members.importCommit')[0]).toEqual({ ...sent, onlyGood: true, skipDuplicates: true });
    expect(await screen.findByText(/已导入 2 位委员/)).toBeInTheDocument();
    await waitFor(() => expect(archive.inputsOf('members.list').length).toBeGreaterThan(listsBefore));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the archive’s refusal and keeps the import button off when the 姓名 column is missing', async () => {
    fakeArchive({
      'members.importPreview': () => ({
        ok: true,
        value: { rows: [], good: 0, bad: 0, duplicates: 0, headersMissing: ['姓名'], headersUnknown: ['名字'] },
      }),
    });
    const user = renderPage();
    const dialog = await openAndChoose(user);
    expect(await within(dialog).findByText(/文件缺少“姓名”列/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '导入 0 位委员' })).toBeDisabled();
  });

  it('shows on each row how the import cleaned its values, and accepts .xls and text rosters', async () => {
    fakeArchive({
      'members.importPreview': () => ({
        ok: true,
        value: {
          rows: [
            {
              line: 4,
              input: { name: '张伟', phone: '13800138000', birthDate: '1969-08-15' },
              errors: [],
              cleaned: [
                { field: 'phone', label: '手机号', message: '手机号已整理：138 0013 8000 → 13800138000' },
                { field: 'birthDate', label: '出生日期', message: '出生日期按 Excel 日期序号读取：25430 → 1969-08-15' },
              ],
            },
            {
              line: 5,
              input: { name: '李红', phone: '13900139000', idNumber: '1' },
              errors: [{ field: 'idNumber', label: '身份证号', message: '身份证号码无效' }],
              cleaned: [{ field: 'phone', label: '手机号', message: '手机号已整理：+86 139 0013 9000 → 13900139000' }],
            },
          ],
          good: 1,
          bad: 1,
          duplicates: 0,
          headersMissing: [],
          headersUnknown: [],
        },
      }),
    });
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: /导入/ }));
    const dialog = await screen.findByRole('dialog');
    const picker = within(dialog).getByLabelText('选择要导入的名册文件');
    expect(picker.getAttribute('accept')?.split(',')).toEqual(
      expect.arrayContaining(['.xlsx', '.xls', '.csv', '.txt']),
    );
    await user.upload(picker, new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], '名册.xls'));

    const good = (await within(dialog).findByText('手机号已整理：138 0013 8000 → 13800138000')).closest('tr')!;
    expect(within(good as HTMLElement).getByText('无误')).toBeInTheDocument();
    expect(
      within(good as HTMLElement).getByText('出生日期按 Excel 日期序号读取：25430 → 1969-08-15'),
    ).toBeInTheDocument();
    const bad = within(dialog).getByText('身份证号：身份证号码无效').closest('tr') as HTMLElement;
    expect(within(bad).getByText('手机号已整理：+86 139 0013 9000 → 13900139000')).toBeInTheDocument();
    expect(within(dialog).getByText(/整理了 2 行的写法/)).toBeInTheDocument();
  });

  it('shows why a file was refused', async () => {
    fakeArchive({
      'members.importPreview': () => ({
        ok: false,
        error: { code: 'INVALID_INPUT', message: '“名册.csv”是空文件（0 字节），未导入。' },
      }),
    });
    const user = renderPage();
    const dialog = await openAndChoose(user);
    expect(await within(dialog).findByText('“名册.csv”是空文件（0 字节），未导入。')).toBeInTheDocument();
  });
});

describe('roster export menu', () => {
  it('downloads the address book the archive makes', async () => {
    const createObjectURL = vi.fn((_: Blob) => 'blob:roster');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const archive = fakeArchive({
      'members.exportRoster': () => ({
        ok: true,
        value: { name: '委员通讯录（2026年5月14日）.xlsx', mime: 'application/octet-stream', dataBase64: btoa('xlsx') },
      }),
    });
    const user = renderPage();
    await user.hover(await screen.findByRole('button', { name: /导出/ }));
    await user.click(await screen.findByText('通讯录（含完整电话）'));
    await waitFor(() => expect(clicked).toEqual(['委员通讯录（2026年5月14日）.xlsx']));
    expect(archive.inputsOf('members.exportRoster')).toEqual([{ kind: 'addressBook' }]);
    expect(await createObjectURL.mock.calls[0][0].text()).toBe('xlsx');
  });
});
