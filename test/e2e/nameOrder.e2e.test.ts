import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goTo, toast, twoChar } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';

const session = sessionPerFile('name-order', { timeout: 300_000 });
let s: BrowserSession, page: Page;
beforeAll(async () => {
  ({ page } = s = session());
  await s.api('group.update', { name: '东湖镇政协联络组' });
  for (const name of ['张三', '曾伟', '解明', '单磊', '仇芳', '陈一']) await s.api('members.create', { name });
}, 300_000);

const SIX = ['陈一', '仇芳', '单磊', '解明', '曾伟', '张三'];

/** The names in the member table's rows, top to bottom. */
async function tableNames(): Promise<string[]> {
  await page.getByText('共 6 位委员').waitFor();
  const rows = await page.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts();
  return rows.map((r) => SIX.find((n) => r.includes(n)) ?? '?');
}

describe('names in order in Chromium', () => {
  it('lists the members by pinyin, surnames read as surnames', async () => {
    await page.goto(s.url);
    await goTo(page, '委员', 'members');
    expect(await tableNames()).toEqual(['陈一', '仇芳', '单磊', '解明', '曾伟', '张三']);
    await s.shot('01-members-pinyin');
  });

  it('switches to 按姓氏笔画 in 设置, and the member list follows', async () => {
    await goTo(page, '设置', 'settings');
    await page.getByRole('radio', { name: '按姓氏笔画' }).check();
    await s.shot('02-settings-strokes');
    await page.locator('#group').getByRole('button', { name: twoChar('保存') }).click();
    await toast(page, '已保存联络组设置');
    expect((await s.api('group.get', {})).nameOrder).toBe('strokes');
    await goTo(page, '委员', 'members');
    // 仇 4 strokes; 张 and 陈 7, 张's second stroke 横 before 陈's 竖; 单 8; 曾 12; 解 13.
    expect(await tableNames()).toEqual(['仇芳', '张三', '陈一', '单磊', '曾伟', '解明']);
    await s.shot('03-members-strokes');
  });
});
