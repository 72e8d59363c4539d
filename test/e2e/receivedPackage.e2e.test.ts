import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../db/demo/generate';
import { goTo, pickOption, toast } from './pages/antd';
import { sessionPerFile, type BrowserSession } from './pages/browserSession';

const YEAR = 2025;
const session = sessionPerFile('received');
let s: BrowserSession, page: Page;
/** Where the clerk keeps what was handed over (a USB stick, a download folder). */
let handed: string;
let intact: string;
let tampered: string;

beforeAll(async () => {
  ({ page } = s = session());
  handed = s.tempDir('handed-over');
  // A demo year compiled into its package through the contract, as another group's clerk would.
  await generateDemo(s.api, { year: YEAR, seed: 7, today: new Date(YEAR, 10, 20) });
  const pkg = await s.api('package.export', { year: YEAR });
  intact = path.join(handed, '收到的2025年度档案包.zip');
  fs.copyFileSync(pkg.file, intact);
  // A copy with one changed byte's worth of meaning: a member renamed in the data file.
  const files = unzipSync(new Uint8Array(fs.readFileSync(pkg.file)));
  const members = Buffer.from(files['data/members.json']).toString('utf8');
  files['data/members.json'] = new Uint8Array(Buffer.from(members.replace(/"name": ?"(.)/, '"name":"改$1')));
  tampered = path.join(handed, '改过的档案包.zip');
  fs.writeFileSync(tampered, zipSync(files));
});

const chooser = () => page.getByLabel('选择档案包');
const report = () => page.getByLabel('核验报告');
const statusOfRow = (file: string) =>
  report().locator('.ant-table-tbody tr.ant-table-row', { hasText: file }).locator('.ant-tag');

describe('a received year package in Chromium through the browser-mode host', () => {
  it('opens a package on 年度归档 and shows its report, every file 完好', async () => {
    await page.goto(s.url);
    await goTo(page, '年度归档', 'yearArchive');
    await page.getByText('核验/导入档案包').waitFor();
    await chooser().setInputFiles(intact);
    await report().getByText(/✓ 档案包完好：\d+ 个文件全部与清单和校验值/).waitFor({ timeout: 60_000 });
    await report().getByText('收到的2025年度档案包.zip').waitFor();
    // The first page, in path order: nothing with a problem comes before it.
    expect(await statusOfRow('README.txt').textContent()).toBe('完好');
    expect(await report().getByText(/^完好 \d+ · 被修改 0 · 缺失 0 · 多出 0$/).count()).toBe(1);
    await report().scrollIntoViewIfNeeded();
    await s.shot('01-report-intact');
  });

  it('imports it as a new archive and says where the file is and how to open it', async () => {
    const name = page.getByLabel('新档案的文件名');
    await name.fill('收到的2025年度.sqlite');
    await page.getByRole('button', { name: '导入为新档案' }).click();
    const done = page.getByText(/已导入为新档案：2025 年度，共 \d+ 条记录/);
    await done.waitFor({ timeout: 60_000 });
    await page.getByText(/npm run web -- --file/).waitFor();
    await s.shot('02-imported-new');

    const { file } = await s.api('meta.info', {});
    const created = path.join(path.dirname(file), '收到的2025年度.sqlite');
    expect(await page.getByText(created, { exact: true }).count()).toBeGreaterThan(0);
    const db = new Database(created, { readonly: true });
    try {
      const imported = db.prepare('SELECT count(*) FROM members WHERE deleted_at IS NULL').pluck().get() as number;
      expect(imported).toBe((await s.api('members.list', { limit: 500 })).total);
      expect(db.prepare('SELECT current_year FROM group_settings').pluck().get()).toBe(YEAR);
    } finally {
      db.close();
    }
    // 操作记录 of this archive: the package made, and the import it went to.
    const log = await s.api('audit.list', { entity: 'year_package' });
    expect(log.items.map((e) => e.summary)).toEqual([
      expect.stringMatching(/^将 2025 年度档案包 \S+\.zip 导入为新档案 收到的2025年度\.sqlite$/),
      expect.stringMatching(/^生成 2025 年度档案包 \S+\.zip（\d+ 个文件）$/),
    ]);
  });

  it('shows a tampered copy as 被修改, file by file, and offers no import', async () => {
    await chooser().setInputFiles(tampered);
    await report().getByText('档案包校验未通过', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await statusOfRow('data/members.json').textContent()).toBe('被修改');
    expect(await report().getByText(/^完好 \d+ · 被修改 1 · 缺失 0 · 多出 0$/).count()).toBe(1);
    // The changed file comes first in the list.
    const first = report().locator('.ant-table-tbody tr.ant-table-row').first();
    expect(await first.textContent()).toContain('data/members.json');
    expect(await page.getByRole('button', { name: '导入为新档案' }).count()).toBe(0);
    await report().scrollIntoViewIfNeeded();
    await s.shot('03-report-tampered');
  });

  it('exports a member’s file as Word from 履职档案, and the download holds the member', async () => {
    const members = await s.api('members.list', { limit: 500 });
    const member = members.items[0];
    await goTo(page, '履职档案', 'memberFile');
    await pickOption(page, page.getByRole('combobox', { name: '委员' }), new RegExp(`^${member.name}`), member.name);
    await page.locator('.ant-descriptions').getByText(member.name, { exact: true }).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出 Word/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`年度履职档案_${member.name}_${member.id}\\.docx$`));
    const saved = path.join(handed, 'member.docx');
    await download.saveAs(saved);
    const docx = unzipSync(new Uint8Array(fs.readFileSync(saved)));
    const xml = Buffer.from(docx['word/document.xml']).toString('utf8');
    expect(xml).toContain(member.name);
    await toast(page, /已导出 .*\.docx/);
    await s.shot('04-member-file-word');
    expect(s.pageErrors).toEqual([]);
  });
});
