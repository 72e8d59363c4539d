import { unzipSync } from 'fflate';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/archive';
import { exportYear, mustName, YEAR, type ExportYear } from '../helpers/exportYear';
import { missingTool } from '../helpers/tools';

/**
 * Every Word and Excel file a year's compile writes opens in LibreOffice (as on 统信UOS and 银河麒麟,
 * where it or WPS is the office suite): each is converted to PDF by `soffice --headless`, and the
 * PDF must have pages and the titles the file is about.
 */
const noSoffice = missingTool('LibreOffice（soffice）', 'soffice');
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(noSoffice)('LibreOffice opens every .docx and .xlsx of the compiled year', () => {
  let y: ExportYear;
  let dir: string;
  const expected = new Map<string, string[]>();
  let converted: { code: number | null; stderr: string };
  beforeAll(async () => {
    y = await exportYear();
    const t = y.t;
    dir = tempDir('libreoffice-');
    await t.must('filing.updateSettings', { fondsCode: 'Z109', filer: '王芳', checker: '李明' });
    const filed = await t.must('filing.record', { year: YEAR });
    const { members, activities } = await mustName(t);
    const group = (await t.must('group.get', {})).name;
    const copy = (file: string, name = path.basename(file)) => {
      fs.copyFileSync(file, path.join(dir, name));
      return name;
    };
    const volume = await t.must('export.volume', { year: YEAR, format: 'docx' });
    expected.set(copy(volume.files[0].path), [`${group}`, '卷内目录', '备考表', activities[0], '附录一', '委员名册']);
    const ledgers = await t.must('export.ledgers', { year: YEAR });
    expected.set(copy(ledgers.files[0].path), [activities[0], members[0]]);
    const memberFile = await t.must('export.memberFile', { year: YEAR, memberId: y.memberId, format: 'docx' });
    expected.set(copy(memberFile.files[0].path), [`${YEAR}年度履职档案`]);
    for (const kind of ['addressBook', 'birthdays'] as const) {
      const f = await t.must('members.exportRoster', { kind });
      fs.writeFileSync(path.join(dir, f.name), Buffer.from(f.dataBase64, 'base64'));
      expected.set(f.name, ['姓名', members[0]]);
    }
    const pkg = await t.must('package.export', {
      year: YEAR,
      includeDocuments: [volume.files[0].name, ledgers.files[0].name],
      dataDigest: filed.packageDataDigest,
    });
    const catalogue = unzipSync(new Uint8Array(fs.readFileSync(pkg.file)), {
      filter: (f) => f.name === 'catalogue/归档文件目录.xlsx',
    })['catalogue/归档文件目录.xlsx'];
    fs.writeFileSync(path.join(dir, '归档文件目录.xlsx'), catalogue);
    const { items } = await t.must('filing.items', { year: YEAR });
    expected.set('归档文件目录.xlsx', ['档号', '题名', items[0].archivalCode, items[0].title.slice(0, 10)]);
    const handover = await t.must('filing.handover', { year: YEAR, name: pkg.name, pdf: false });
    // A 64-digit digest wraps inside its cell: its first digits stand on one line.
    expected.set(copy(handover.files[0].path), [
      `${YEAR}年度电子档案移交清单`,
      '移交人',
      '接收人',
      pkg.sha256.slice(0, 24),
    ]);

    // One run for all files, in a profile of its own (never the clerk's or another test's).
    const profile = path.join(dir, 'profile');
    const out = path.join(dir, 'pdf');
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...[...expected.keys()].map((n) => path.join(dir, n)),
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    converted = { code: r.status, stderr: `${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  }, 300_000);
  afterAll(() => {
    y?.t.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('converts each file to a PDF with pages and the file’s own titles', () => {
    expect(converted.code, converted.stderr).toBe(0);
    expect(expected.size).toBe(7);
    for (const [name, words] of expected) {
      const pdf = path.join(dir, 'pdf', name.replace(/\.(docx|xlsx)$/, '.pdf'));
      expect(fs.existsSync(pdf), `${name} 没有转换成 PDF：${converted.stderr}`).toBe(true);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? 0);
      expect(pages, name).toBeGreaterThan(0);
      const text = squeeze(execFileSync('pdftotext', [pdf, '-']).toString());
      for (const w of words) expect(text, `${name} 应含有“${w}”`).toContain(squeeze(w));
    }
  });
});
