import type { Page } from 'playwright-core';
import { goTo, toast, twoChar } from './antd';

export interface GroupEntry {
  name: string;
  parentCommittee: string;
  term: string;
  currentYear: number;
}

/** 设置: types the group's details over whatever the fresh archive holds, and saves. */
export async function setUpGroup(page: Page, g: GroupEntry): Promise<void> {
  await goTo(page, '设置', 'settings');
  await page.getByLabel('联络组名称').fill(g.name);
  await page.getByLabel('上级政协').fill(g.parentCommittee);
  await page.getByLabel('届次').fill(g.term);
  await page.getByLabel('当前年度').fill(String(g.currentYear));
  // 设置 has more than one form (联络组, 归档设置): this one's own 保存.
  await page.locator('#group').getByRole('button', { name: twoChar('保存') }).click();
  await toast(page, '已保存联络组设置');
}
