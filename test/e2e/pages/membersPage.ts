import type { Page } from 'playwright-core';
import { openDrawer, toast, twoChar } from './antd';

/** Adds a member through 添加委员 (添加第一位委员 on an empty roster), typing the phone when given. */
export async function addMember(page: Page, name: string, phone?: string): Promise<void> {
  await page
    .getByRole('button', { name: /添加(第一位)?委员/ })
    .first()
    .click();
  const drawer = openDrawer(page);
  await drawer.getByLabel('姓名').fill(name);
  if (phone) await drawer.getByLabel('手机号').fill(phone);
  await drawer.getByRole('button', { name: twoChar('保存') }).click();
  await toast(page, `已添加委员 ${name}`);
  await drawer.waitFor({ state: 'hidden' });
}
