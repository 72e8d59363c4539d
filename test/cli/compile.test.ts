import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/archive';
import { countInFile, readArchiveFile } from '../helpers/readArchiveFile';
import { cliArchivePerFile, runCli, runCliWith, type CliRun } from './runCli';

const { dir, file } = cliArchivePerFile('cli-compile-', 'demo.sqlite', ['demo', '--year', '2025', '--seed', '5']);

const lastAudit = () =>
  readArchiveFile(file, (db) => db.prepare('SELECT entity, action FROM audit_log ORDER BY id DESC LIMIT 1').get());
const auditRows = () => countInFile(file, 'SELECT count(*) AS n FROM audit_log');

/** The step labels in the order the run printed them. */
const stepsOf = (r: CliRun) =>
  [...r.stdout.matchAll(/^\[(\d)\/(\d)\] (.+)……$/gm)].map((m) => `${m[1]}/${m[2]} ${m[3]}`);

const packageOf = (r: CliRun) => {
  const zip = /^年度档案包：(.+\.zip)$/m.exec(r.stdout)?.[1];
  if (!zip) throw new Error(`no package path in:\n${r.stdout}`);
  return zip;
};

/** Unzips a package into a fresh folder, as a clerk's unzip tool would. */
function unzipInto(zip: string): string {
  const out = tempDir('cli-compile-unzipped-');
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(fs.readFileSync(zip))))) {
    if (name.endsWith('/')) continue;
    fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    fs.writeFileSync(path.join(out, name), bytes);
  }
  return out;
}

/** A compile of 2025 on a machine without Chromium, with one more flag. */
const compileWithoutChromium = (flag: string) =>
  runCliWith({ CHROMIUM_PATH: path.join(dir, 'no-chromium') }, 'compile', '--file', file, '--year', '2025', flag);

const sha256Check = (folder: string) =>
  spawnSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });

/**
 * The compile of 2025 that the first two cases read (the run's output and its package), run once
 * by whichever case comes first.
 */
let compiled: { run: CliRun; auditRowsBefore: number } | undefined;
const compile2025 = () =>
  (compiled ??= { auditRowsBefore: auditRows(), run: runCli('compile', '--file', file, '--year', '2025') });

// Each case runs a whole compile in a child process (two Chromium prints of the volume, one of the
// 移交清单): on a loaded machine that takes minutes, not seconds.
describe('archive compile', { timeout: 600_000 }, () => {
  it('compiles the year into a package that sha256sum -c accepts, changing nothing but the record of packaging', () => {
    const { run: r, auditRowsBefore } = compile2025();
    expect(r.status, r.stderr).toBe(0);
    expect(stepsOf(r)).toEqual([
      '1/6 生成档案册（Word）',
      '2/6 生成台账（Excel）',
      '3/6 生成档案册（PDF）（已与前面的步骤同时开始）',
      '4/6 打包年度档案包',
      '5/6 校验档案包',
      '6/6 生成移交清单',
    ]);
    expect(r.stdout.match(/完成，用时 \d+\.\d 秒/g)).toHaveLength(6);
    expect(r.stdout).toMatch(/2025 年度共 \d+ 件归档文件，数据摘要 [0-9a-f]{64}/);
    expect(r.stdout).toContain('与 SHA-256、SM3 校验值一致');
    // The demo year leaves some checklist items open on purpose: warned about, not fixed.
    expect(r.stderr).toContain('年度归档检查清单还有');
    expect(r.stderr).toContain('年度计划事项落实');
    // The records are untouched; 操作记录 notes that the year was packaged, and nothing else.
    expect(auditRows()).toBe(auditRowsBefore + 1);
    expect(lastAudit()).toMatchObject({ entity: 'year_package', action: 'create' });

    const zip = packageOf(r);
    expect(path.dirname(zip)).toBe(path.join(`${file}.exports`, '2025'));
    const unzipped = unzipInto(zip);
    try {
      expect(fs.readdirSync(path.join(unzipped, 'volume')).sort()).toEqual(
        ['2025年度履职档案.docx', '2025年度履职档案.pdf', '2025年度台账.xlsx'].sort(),
      );
      const check = sha256Check(unzipped);
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
      expect(check.stdout).toContain('volume/2025年度履职档案.pdf: OK');

      // The check has teeth: one changed byte in a volume file fails it.
      const docx = path.join(unzipped, 'volume', '2025年度履职档案.docx');
      const bytes = fs.readFileSync(docx);
      bytes[bytes.length - 1] ^= 0xff;
      fs.writeFileSync(docx, bytes);
      const tampered = sha256Check(unzipped);
      expect(tampered.status).not.toBe(0);
      expect(tampered.stdout).toContain('volume/2025年度履职档案.docx: FAILED');
    } finally {
      fs.rmSync(unzipped, { recursive: true, force: true });
    }
  });

  it('gives a package that Info-ZIP unzip unpacks with its Chinese names and sha256sum -c accepts, items by 档号', () => {
    const { run: r } = compile2025();
    expect(r.status, r.stderr).toBe(0);
    const zip = packageOf(r);
    const out = tempDir('cli-compile-infozip-');
    try {
      const unzip = spawnSync('unzip', ['-q', zip, '-d', out], {
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C.UTF-8' },
      });
      if (unzip.error) return void console.warn('unzip is not installed here (scripts/setup.sh installs it): skipped');
      expect(unzip.status, unzip.stderr).toBe(0);
      expect(fs.readdirSync(path.join(out, 'volume'))).toContain('2025年度履职档案.pdf');
      const check = sha256Check(out);
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
      // DATASUMS holds the snapshot's and data files' digests; its own digest is the one printed.
      const data = spawnSync('sha256sum', ['--strict', '-c', 'DATASUMS'], { cwd: out, encoding: 'utf8' });
      expect(data.status, data.stdout).toBe(0);
      expect(data.stdout).toContain('snapshot/archive.sqlite: OK');
      const printed = /数据摘要 ([0-9a-f]{64})/.exec(r.stdout)?.[1];
      const own = spawnSync('sha256sum', ['DATASUMS'], { cwd: out, encoding: 'utf8' }).stdout.slice(0, 64);
      expect(own).toBe(printed);
      const catalogue = JSON.parse(fs.readFileSync(path.join(out, 'catalogue', '归档文件目录.json'), 'utf8'));
      expect(catalogue.条目.length).toBeGreaterThan(10);
      const items = fs.readdirSync(path.join(out, 'items')).sort();
      expect(items).toEqual(catalogue.条目.map((e: { 档号: string }) => e.档号).sort());
      const first = JSON.parse(fs.readFileSync(path.join(out, 'items', items[0], 'metadata.json'), 'utf8'));
      expect(Object.keys(first)).toEqual(
        expect.arrayContaining(['题名', '责任者', '日期', '档号', '保管期限', '页数', '文件']),
      );
      // The package's entries carry the compile time, not a date in the future.
      const mtime = fs.statSync(path.join(out, 'SHA256SUMS')).mtime.getTime();
      expect(mtime).toBeLessThanOrEqual(Date.now() + 2000);
      expect(mtime).toBeGreaterThan(Date.now() - 10 * 60 * 1000);
      const folder = path.dirname(zip);
      const base = path.basename(zip, '.zip');
      expect(fs.existsSync(path.join(folder, `${base}-移交清单.docx`))).toBe(true);
      expect(fs.existsSync(path.join(folder, `${base}-移交清单.pdf`))).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('skips the PDF with a note when Chromium is missing, and marks unmasked files', () => {
    const r = compileWithoutChromium('--no-mask');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('未找到 Chromium 浏览器');
    expect(stepsOf(r)).toEqual([
      '1/5 生成档案册（Word）',
      '2/5 生成台账（Excel）',
      '3/5 打包年度档案包',
      '4/5 校验档案包',
      '5/5 生成移交清单',
    ]);
    const unzipped = unzipInto(packageOf(r));
    try {
      expect(fs.readdirSync(path.join(unzipped, 'volume')).sort()).toEqual(
        ['2025年度履职档案（含完整手机号身份证号）.docx', '2025年度台账（含完整手机号身份证号）.xlsx'].sort(),
      );
      expect(sha256Check(unzipped).status).toBe(0);
    } finally {
      fs.rmSync(unzipped, { recursive: true, force: true });
    }
  });

  it('with --no-pdf says nothing about Chromium', () => {
    const r = compileWithoutChromium('--no-pdf');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('Chromium');
    expect(stepsOf(r)).toHaveLength(5);
  });

  it('stops at the step that fails, exits 1 and writes no package', () => {
    const folder = path.join(`${file}.exports`, '2024');
    // A folder under the ledger's name: the volume is written, the ledgers cannot be.
    fs.mkdirSync(path.join(folder, '2024年度台账.xlsx', 'inside'), { recursive: true });
    const r = runCli('compile', '--file', file, '--year', '2024', '--no-pdf');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('生成台账（Excel）失败');
    expect(r.stderr).toContain('已生成的文件仍在导出文件夹中：2024年度履职档案.docx');
    expect(stepsOf(r)).toEqual(['1/5 生成档案册（Word）', '2/5 生成台账（Excel）']);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.zip'))).toEqual([]);
  });

  it('refuses a missing archive without creating it, and a compile without a year', () => {
    const missing = path.join(dir, 'typo.sqlite');
    const r = runCli('compile', '--file', missing, '--year', '2025');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('档案文件不存在');
    expect(fs.existsSync(missing)).toBe(false);

    const noYear = runCli('compile', '--file', file);
    expect(noYear.status).toBe(2);
    expect(noYear.stderr).toContain('compile 命令需要 --year 年度');
  });
});
