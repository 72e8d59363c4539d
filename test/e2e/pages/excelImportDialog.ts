import type { Page } from 'playwright-core';

/** An Excel import dialog, by its title: the dialog, choosing its file, and its preview's rows. */
export function excelImportDialog(title: string) {
  const dialog = (page: Page) => page.getByRole('dialog', { name: title });
  return {
    dialog,
    /** Chooses the file the way the clerk does: 选择文件, then the file in the system's dialog. */
    async chooseFile(page: Page, file: string): Promise<void> {
      const chooser = page.waitForEvent('filechooser');
      await dialog(page).getByRole('button', { name: '选择文件' }).click();
      await (await chooser).setFiles(file);
    },
    /** The preview's row for an Excel row number (the 行号 column). */
    row: (page: Page, line: number) =>
      dialog(page)
        .locator('.ant-table-tbody tr.ant-table-row')
        .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${line}$`) }) }),
  };
}
