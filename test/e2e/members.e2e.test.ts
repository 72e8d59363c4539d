import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArchiveFile } from '../helpers/readArchiveFile';
import { twoChar } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';

const session = sessionPerFile('members');
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));

const shot = (name: string) => s.shot(name);
const button = (name: string | RegExp) => page.getByRole('button', { name });
const rosterRow = (name: string) => page.locator('.ant-table-tbody tr', { hasText: name });
const drawer = () => page.locator('.ant-drawer-section');

describe('member roster in Chromium through the browser-mode host', () => {
  it('adds members through the form, lists them, keeps them over a reload and finds them by pinyin initials', async () => {
    await page.goto(s.url);
    await page.getByRole('navigation', { name: '主导航' }).getByText('委员', { exact: true }).click();
    await expect.poll(() => page.url()).toContain('#/members');
    await button(/添加第一位委员/).waitFor();
    await shot('01-empty');

    // The first member: 姓名 has the focus as the drawer opens; 界别 picked from the suggestions.
    await button(/添加第一位委员/).click();
    await drawer().waitFor();
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('member_name');
    await page.keyboard.type('王建国');
    await drawer().getByText('男', { exact: true }).click();
    await drawer().getByLabel('界别').fill('农业');
    await page.locator('.ant-select-item-option', { hasText: '农业界' }).click();
    await drawer().getByLabel('市政协').check();
    await drawer().getByLabel('手机号').fill('13912345678');
    await drawer().getByLabel('联系村(社区)').fill('东湖村');
    await shot('02-form');
    await drawer()
      .getByRole('button', { name: twoChar('保存') })
      .click();
    await page.getByText('已添加委员 王建国').waitFor();
    await drawer().waitFor({ state: 'hidden' });
    const row = rosterRow('王建国');
    await expect.poll(() => row.innerText()).toContain('139****5678');
    expect(await row.innerText()).toMatch(
      /男[\s\S]*农业界[\s\S]*区\/县政协、市政协[\s\S]*委员[\s\S]*东湖村[\s\S]*在任/,
    );

    // A wrong entry is refused at the field, in Chinese, before anything is saved.
    await button('添加委员').click();
    await drawer().waitFor();
    await drawer().getByLabel('手机号').fill('12345');
    await drawer()
      .getByRole('button', { name: twoChar('保存') })
      .click();
    await drawer().getByText('请填写姓名').waitFor();
    await drawer()
      .getByText(/电话号码格式不正确/)
      .waitFor();
    await shot('03-invalid');

    // The second member is saved with Enter.
    await drawer().getByLabel('手机号').fill('');
    await drawer().getByLabel('姓名').fill('李红');
    await drawer().getByLabel('姓名').press('Enter');
    await page.getByText('已添加委员 李红').waitFor();
    await rosterRow('李红').waitFor();
    await shot('04-listed');

    await page.reload();
    await rosterRow('王建国').waitFor();
    await rosterRow('李红').waitFor();
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(2);

    await page.getByLabel('搜索委员').fill('wjg');
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    expect(await rosterRow('王建国').count()).toBe(1);
    await shot('05-search');

    expect(s.pageErrors).toEqual([]);
  });

  it('deletes to the recycle bin and 撤销 brings the member back', async () => {
    await page.getByLabel('搜索委员').fill('');
    await rosterRow('李红').getByRole('button', { name: '删除' }).click();
    await page.getByText('删除后移入回收站，需要时可以从回收站恢复。').waitFor();
    await shot('06-delete-confirm');
    await button('移入回收站').click();
    await page.getByText('已将“李红”移入回收站').waitFor();
    await rosterRow('李红').waitFor({ state: 'detached' });
    await shot('07-deleted');
    await button('撤销').click();
    await page.getByText('已恢复委员“李红”').waitFor();
    await rosterRow('李红').waitFor();
    expect(s.pageErrors).toEqual([]);
  });

  it('left the members in the archive file itself', async () => {
    await s.closeHost();
    const rows = readArchiveFile(s.file, (db) =>
      db.prepare('SELECT name, sector, phone, deleted_at FROM members ORDER BY id').all(),
    );
    expect(rows).toEqual([
      { name: '王建国', sector: '农业界', phone: '13912345678', deleted_at: null },
      { name: '李红', sector: null, phone: null, deleted_at: null },
    ]);
  });
});
