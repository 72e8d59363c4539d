import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { tsvOf, utf16le, xlsOf } from '../fixtures/imports/rosterFiles';
import { goTo, toast } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';
import { chooseRosterFile, importDialog, previewRow } from './pages/membersImport';

const session = sessionPerFile('roster-formats');
let s: BrowserSession, page: Page;
let filesDir: string;
beforeAll(async () => {
  ({ page } = s = session());
  await page.goto(s.url);
  filesDir = s.tempDir('files');
});

describe('rosters as clerks save them, in Chromium', () => {
  it('imports Excel’s “Unicode 文本” under a title row, showing each cleaned phone and date before anything is written', async () => {
    const file = path.join(filesDir, '委员名册.txt');
    fs.writeFileSync(
      file,
      utf16le(
        tsvOf([
          ['XX镇政协委员名册', '', '', ''],
          ['', '', '', ''],
          ['序号', '姓名', '手机号', '出生年月'],
          ['1', '张伟', '138 0013 8000', '25430'],
          ['2', '李红', '＋８６ １３９－００１３－９０００', '1982年3月'],
          ['3', '王建国', '13700137000', '196511'],
        ]),
      ),
    );
    await goTo(page, '委员', 'members');
    await page.getByRole('button', { name: '导入' }).click();
    await chooseRosterFile(page, file);
    const first = previewRow(page, 4);
    await first.waitFor();
    expect(await first.innerText()).toContain('手机号已整理：138 0013 8000 → 13800138000');
    expect(await first.innerText()).toContain('出生年月按 Excel 日期序号读取：25430 → 1969-08-15');
    expect(await previewRow(page, 5).innerText()).toContain('→ 13900139000');
    await importDialog(page)
      .getByText(/整理了 2 行的写法/)
      .waitFor();
    await s.shot('01-import-cleaned', 'window');
    expect((await s.api('members.list', {})).total).toBe(0);

    await importDialog(page).getByRole('button', { name: '导入 3 位委员' }).click();
    await toast(page, '已导入 3 位委员');
    await importDialog(page).waitFor({ state: 'hidden' });
    const members = await s.api('members.list', { orderBy: 'createdAt' });
    expect(members.items.map((m) => [m.name, m.phone, m.birthDate])).toEqual([
      ['张伟', '13800138000', '1969-08-15'],
      ['李红', '13900139000', '1982-03'],
      ['王建国', '13700137000', '1965-11'],
    ]);
  });

  it('previews an old .xls chosen in the file dialog', async () => {
    const file = path.join(filesDir, '旧名册.xls');
    fs.writeFileSync(
      file,
      xlsOf([
        ['姓名', '联系电话'],
        ['赵磊', '137-0013-7001'],
      ]),
    );
    await page.getByRole('button', { name: '导入' }).click();
    await chooseRosterFile(page, file);
    const row = previewRow(page, 2);
    await row.waitFor();
    expect(await row.innerText()).toContain('联系电话已整理：137-0013-7001 → 13700137001');
    await s.shot('02-import-xls', 'window');
  });
});
