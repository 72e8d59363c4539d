import type { Page } from 'playwright-core';
import type { ProposalEntry } from '../fixtures/clerkYear';
import { chooseRadio, openDrawer, pickOption, toast, twoChar } from './antd';

/** 提案 → 添加提案: title, lead, co-signers (each found by typing the name), date and 立案情况. */
export async function addProposal(page: Page, p: ProposalEntry): Promise<void> {
  await page.getByRole('button', { name: '添加提案' }).first().click();
  const drawer = openDrawer(page);
  await drawer.getByLabel('案由（标题）').fill(p.title);
  await pickOption(page, drawer.getByLabel('领衔委员'), p.lead, p.lead);
  for (const name of p.cosigners) await pickOption(page, drawer.getByLabel('联名委员'), name, name);
  await drawer.getByLabel('提交日期').fill(p.submittedOn);
  await chooseRadio(drawer, p.filing);
  await drawer.getByRole('button', { name: twoChar('保存') }).click();
  await toast(page, `已添加提案“${p.title}”`);
  await drawer.waitFor({ state: 'hidden' });
}
