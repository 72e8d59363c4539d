import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goTo, pickOption, toast } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';

const session = sessionPerFile('filing', { timeout: 600_000 });
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));

describe('filing the year in Chromium', () => {
  it('归档设置 refuses a code an archival code cannot hold, then saves the 全宗号', async () => {
    await s.api('group.update', { name: '东湖镇政协联络组', currentYear: 2026 });
    await s.api('activities.create', { type: 'research', title: '调研乡村旅游', startsOn: '2026-05-14' });
    await s.api('proposals.create', { year: 2026, title: '关于改善农村道路的提案', submittedOn: '2026-01-20' });
    await page.goto(s.url);
    await goTo(page, '设置', 'settings');
    const card = page.locator('.ant-card').filter({ hasText: '归档设置' });
    await card.getByPlaceholder('东湖镇政协联络组').waitFor();
    await card.getByLabel('全宗号').fill('Z-109');
    await card.getByRole('button', { name: /保\s*存/ }).click();
    await card.getByText('全宗号只能由英文字母和数字组成').waitFor();
    await card.getByLabel('全宗号').fill('z109');
    await card.getByLabel('立卷人').fill('王芳');
    await card.getByRole('button', { name: /保\s*存/ }).click();
    await toast(page, '已保存归档设置');
    await s.shot('01-filing-settings');
    expect(await s.api('filing.settings', {})).toMatchObject({ fondsCode: 'Z109', filer: '王芳', fondsNameIsDefault: true });
  }, 300_000);

  it('年度归档 lists the items with their 档号, and one item’s 保管期限 is changed there', async () => {
    await goTo(page, '年度归档', 'yearArchive');
    const card = page.locator('.ant-card').filter({ hasText: '归档文件（按件）' });
    await card.getByText('Z109-WS·2026-Y-LLZ-0001').waitFor();
    await card.getByText('Z109-WS·2026-D30-LLZ-0001').waitFor();
    await pickOption(page, card.getByLabel('调研乡村旅游的保管期限'), '永久');
    await toast(page, '《调研乡村旅游》的保管期限已改为永久');
    await card.getByText('Z109-WS·2026-Y-LLZ-0002').waitFor();
    await s.shot('02-filing-items');
    const { items } = await s.api('filing.items', { year: 2026 });
    expect(items.map((i) => [i.title, i.archivalCode])).toEqual([
      ['关于改善农村道路的提案', 'Z109-WS·2026-Y-LLZ-0001'],
      ['调研乡村旅游', 'Z109-WS·2026-Y-LLZ-0002'],
    ]);
    expect(s.pageErrors).toEqual([]);
  }, 300_000);
});
