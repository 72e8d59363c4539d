import type { Page } from 'playwright-core';
import type { ActivityEntry } from '../fixtures/clerkYear';
import { openDrawer, pickOption, toast, twoChar } from './antd';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Fills the attendance sheet: who is on it, then 请假 (with the reason) and 缺席 marked one by one;
 * `sheetSize` is how many members the sheet should then list, as its footer counts them.
 */
async function fillSheet(page: Page, a: ActivityEntry, sheetSize: number): Promise<void> {
  const drawer = openDrawer(page);
  if ('all' in a.sheet) await drawer.getByRole('button', { name: /添加全部在任委员/ }).click();
  else if ('sector' in a.sheet)
    await pickOption(page, drawer.getByLabel('按界别添加'), new RegExp(`^${escape(a.sheet.sector)}（`));
  else
    for (const name of a.sheet.names)
      await pickOption(page, drawer.getByLabel('添加委员', { exact: true }), name, name);

  for (const { name, reason } of a.excused ?? []) {
    await drawer
      .getByRole('radiogroup', { name: `${name}的出勤` })
      .getByText('请假')
      .click();
    await drawer.getByLabel(`${name}的请假事由`).fill(reason);
  }
  for (const name of a.absent ?? []) {
    await drawer
      .getByRole('radiogroup', { name: `${name}的出勤` })
      .getByText('缺席')
      .click();
  }
  const excused = a.excused?.length ?? 0;
  const absent = a.absent?.length ?? 0;
  await drawer
    .getByText(`共 ${sheetSize} 人：出席 ${sheetSize - excused - absent}，请假 ${excused}，缺席 ${absent}`)
    .waitFor();
}

/** Opens 添加活动 and types the activity in: type, title, 集体活动, plan item, date, place and the sheet. */
export async function fillActivity(page: Page, a: ActivityEntry, sheetSize: number): Promise<void> {
  await page.getByRole('button', { name: '添加活动' }).first().click();
  const drawer = openDrawer(page);
  await drawer.getByLabel('活动名称').waitFor();
  await pickOption(page, drawer.getByLabel('活动类型'), a.type);
  await drawer.getByLabel('活动名称').fill(a.title);
  if (!a.collective) await drawer.getByLabel('联络组集体活动').click();
  if (a.planItem) {
    await pickOption(page, drawer.getByLabel('落实年度计划中的'), new RegExp(` ${escape(a.planItem)}$`));
  }
  await drawer.getByLabel('日期', { exact: true }).fill(a.date);
  await drawer.getByLabel('地点').fill(a.place);
  await fillSheet(page, a, sheetSize);
}

/** Saves the open activity form and waits until the drawer has closed. */
export async function saveActivity(page: Page, title: string): Promise<void> {
  const drawer = openDrawer(page);
  await drawer.getByRole('button', { name: twoChar('保存') }).click();
  await toast(page, `已添加活动“${title}”`);
  await drawer.waitFor({ state: 'hidden' });
}
