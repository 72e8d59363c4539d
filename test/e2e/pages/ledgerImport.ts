import type { Page } from 'playwright-core';

/** The 导入往年活动台账 dialog. */
export const ledgerDialog = (page: Page) => page.getByRole('dialog', { name: '导入往年活动台账' });

/** Chooses a ledger file the way the clerk does: 选择文件, then the file in the system's dialog. */
export async function chooseLedgerFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await ledgerDialog(page).getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(file);
}

/** The preview's row for an Excel row number (the 行号 column). */
export const ledgerRow = (page: Page, line: number) =>
  ledgerDialog(page)
    .locator('.ant-table-tbody tr.ant-table-row')
    .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${line}$`) }) });
