import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_HEADERS, LEDGER_ROSTER, LEDGER_ROWS, LEDGER_TITLE } from '../fixtures/imports/ledgerFiles';
import { xlsxUnderTitle } from '../fixtures/imports/rosterFiles';
import { goTo, pickOption, toast } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';
import { chooseLedgerFile, ledgerDialog, ledgerRow } from './pages/ledgerImport';

const session = sessionPerFile('ledger-import', { timeout: 180_000 });
let s: BrowserSession, page: Page;
beforeAll(() => void ({ page } = s = session()));
let filesDir: string;
beforeAll(() => void (filesDir = s.tempDir('files')));

describe('导入往年台账 in Chromium through the browser-mode host', () => {
  it('previews a 3-year ledger with bad rows, decides on the unknown names, imports it; the 八个一 of 2020 counts it', async () => {
    for (const name of LEDGER_ROSTER) await s.api('members.create', { name });
    await s.api('activities.create', { type: 'reception', title: '委员接待日', startsOn: '2021-06-01' });
    const file = path.join(filesDir, '活动台账2019-2021.xlsx');
    fs.writeFileSync(file, await xlsxUnderTitle(LEDGER_TITLE, [LEDGER_HEADERS, ...LEDGER_ROWS]));

    await page.goto(s.url);
    await goTo(page, '活动', 'activities');
    await page.getByRole('button', { name: '导入往年台账' }).click();
    await chooseLedgerFile(page, file);
    const dialog = ledgerDialog(page);
    const status = dialog.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toContain(
      '共 10 行（2019、2020、2021 年）：无误 7 行，有误 3 行，其中 1 项已在档案中',
    );
    expect(await ledgerRow(page, 11).innerText()).toContain('日期“2020年13月5日”不存在');
    expect(await ledgerRow(page, 7).innerText()).toContain('未填日期');
    expect(await ledgerRow(page, 9).innerText()).toContain('5月中旬按 15 日记');
    expect(await ledgerRow(page, 14).innerText()).toContain('档案中已有 2021年6月1日“委员接待日”，跳过');
    const importButton = dialog.getByRole('button', { name: '导入 6 项活动' });
    expect(await importButton.isDisabled()).toBe(true);
    await s.shot('01-preview', 'window');

    await pickOption(page, dialog.getByRole('combobox', { name: '为“王建囯”选择委员' }), '王建国（同音、一字之差）');
    await dialog.getByRole('checkbox', { name: '将“周德明”添加为往届委员' }).check();
    await dialog.getByText('都已选择。', { exact: false }).waitFor();
    await dialog.getByRole('checkbox', { name: '仅导入无误的行' }).check();
    await s.shot('02-names-chosen', 'window');
    expect((await s.api('activities.list', {})).total).toBe(1);

    await importButton.click();
    await toast(page, '已导入 2019、2020、2021 年的 6 项活动');
    await dialog.waitFor({ state: 'hidden' });
    const former = (await s.api('members.list', { q: '周德明' })).items[0];
    expect(former).toMatchObject({ status: 'left', leftOn: '2021-12-31' });

    await goTo(page, '八个一', 'duties');
    const year = (await s.api('group.get', {})).currentYear;
    for (let y = year; y > 2020; y--) await page.getByRole('button', { name: '上一年' }).click();
    await page.getByText('2020年度').waitFor();
    await page.getByRole('button', { name: /^王建国 一次民主监督 1\/1/ }).waitFor();
    const labels = await page
      .locator('.ant-table-tbody button[aria-label*="/"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const shown = new Map(labels.map((l) => l.split(' ')).map(([name, item, count]) => [`${name} ${item}`, count]));
    expect(shown.get('张伟 一次工作调研')).toBe('1/1');
    expect(shown.get('赵磊 一次工作调研')).toBe('1/1');
    expect(shown.get('李红 一次工作调研')).toBe('0/1');
    expect(shown.get('刘芳 一次民主监督')).toBe('1/1');
    expect([...shown.keys()].some((k) => k.startsWith('周德明'))).toBe(false);
    await s.shot('03-duty-matrix-2020');

    // The list of 2020 (the year chosen stays) shows the imported activities and the toolbar's action.
    await goTo(page, '活动', 'activities');
    await page.getByText('民主评议镇卫生院服务').waitFor();
    await s.shot('04-activities-2020');
    expect(s.pageErrors).toEqual([]);
  }, 240_000);
});
