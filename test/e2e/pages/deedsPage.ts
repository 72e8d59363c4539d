import type { Page } from 'playwright-core';
import type { deed } from '../fixtures/clerkYear';
import { openDrawer, pickOption, toast, twoChar } from './antd';

/** 先进事迹 → 添加先进事迹: title, member, date, source and the story. */
export async function addDeed(page: Page, d: typeof deed): Promise<void> {
  await page.getByRole('button', { name: '添加先进事迹' }).first().click();
  const drawer = openDrawer(page);
  await drawer.getByLabel('标题').fill(d.title);
  await pickOption(page, drawer.getByLabel('委员'), d.member, d.member);
  await drawer.getByLabel('日期').fill(d.happenedOn);
  await drawer.getByLabel('来源').fill(d.source);
  await drawer.getByLabel('事迹内容').fill(d.content);
  await drawer.getByRole('button', { name: twoChar('保存') }).click();
  await toast(page, `已添加先进事迹“${d.title}”`);
  await drawer.waitFor({ state: 'hidden' });
}
