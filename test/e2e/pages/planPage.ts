import type { Page } from 'playwright-core';
import type { PlanEntry } from '../fixtures/clerkYear';
import { openModal, pickOption, toast, twoChar } from './antd';

/** 年度计划 → 添加计划事项: month, 旬, title and type, then 保存. */
export async function addPlanItem(page: Page, item: PlanEntry): Promise<void> {
  await page.getByRole('button', { name: '添加计划事项' }).first().click();
  const modal = openModal(page);
  await modal.getByLabel('计划事项').waitFor();
  await pickOption(page, modal.getByLabel('月份'), `${item.month}月`);
  await modal.getByText(item.period, { exact: true }).click();
  await modal.getByLabel('计划事项').fill(item.title);
  await pickOption(page, modal.getByLabel('活动类型'), item.type);
  await modal.getByRole('button', { name: twoChar('保存') }).click();
  await toast(page, item.title);
  await modal.waitFor({ state: 'hidden' });
}
