import type { Page } from 'playwright-core';

/** The 导入委员名册 dialog. */
export const importDialog = (page: Page) => page.getByRole('dialog', { name: '导入委员名册' });

/** Chooses a roster file the way the clerk does: 选择文件, then the file in the system's dialog. */
export async function chooseRosterFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await importDialog(page).getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(file);
}

/** The preview's row for an Excel row number (the 行号 column). */
export const previewRow = (page: Page, line: number) =>
  importDialog(page)
    .locator('.ant-table-tbody tr.ant-table-row')
    .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${line}$`) }) });
