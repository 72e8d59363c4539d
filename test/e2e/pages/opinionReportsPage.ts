import type { Page } from 'playwright-core';
import type { OpinionReportEntry } from '../fixtures/clerkYear';
import { chooseRadio, openDrawer, pickOption, toast, twoChar } from './antd';

/** 社情民意 → 添加社情民意: title, authors in order, status, dates and, when adopted, the level. */
export async function addOpinionReport(page: Page, r: OpinionReportEntry): Promise<void> {
  await page.getByRole('button', { name: '添加社情民意' }).first().click();
  const drawer = openDrawer(page);
  await drawer.getByLabel('标题').fill(r.title);
  for (const name of r.authors) await pickOption(page, drawer.getByLabel('作者'), name, name);
  await chooseRadio(drawer, r.status);
  if (r.submittedOn) await drawer.getByLabel('报送日期').fill(r.submittedOn);
  if (r.adopted) {
    await pickOption(page, drawer.getByLabel('采用层级'), r.adopted.level);
    await drawer.getByLabel('采用日期').fill(r.adopted.on);
  }
  await drawer.getByRole('button', { name: twoChar('保存') }).click();
  await toast(page, `已添加社情民意“${r.title}”`);
  await drawer.waitFor({ state: 'hidden' });
}
