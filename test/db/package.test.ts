import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import { sm3Hex } from '../../db/package/digests';
import type { Input, MethodName, Output } from '../../shared/api';
import { defaultPointsRules } from '../../shared/pointsRules';
import { tempDir, testArchive, type TestArchive } from '../helpers/archive';
import { buildPackageYear, PNG } from './packageFixture';

let t: TestArchive;
const cleanup: string[] = [];
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => {
  t.close();
  for (const dir of cleanup.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const unzip = (file: string) => unzipSync(new Uint8Array(fs.readFileSync(file)));
const json = (files: Record<string, Uint8Array>, name: string) => JSON.parse(Buffer.from(files[name]).toString('utf8'));

/** Unpacks a package into a fresh folder, as a clerk would with any unzip tool. */
function extract(file: string): string {
  const dir = tempDir('package-unzipped-');
  cleanup.push(dir);
  for (const [name, bytes] of Object.entries(unzip(file))) {
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

/** Calls a method on another archive file through its own dispatcher. */
async function onArchive<M extends MethodName>(file: string, method: M, input: Input<M>): Promise<Output<M>> {
  const other = await openArchive(file);
  try {
    const r = await createDispatcher(other)(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as Output<M>;
  } finally {
    other.close();
  }
}

describe('year package', () => {
  it('exports into the exports folder a package that sha256sum -c and SM3SUMS verify, with a Chinese README', async () => {
    await buildPackageYear(t);
    const pkg = await t.must('package.export', { year: 2025 });
    expect(path.dirname(pkg.file)).toBe(path.join(`${t.file}.exports`, '2025'));
    expect(pkg.name).toMatch(/^2025年度档案包-\d{8}-\d{6}\.zip$/);

    const dir = extract(pkg.file);
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines.every((l) => l.endsWith(': OK'))).toBe(true);
    expect(lines.length).toBe(pkg.files - 1);

    const sm3Lines = fs.readFileSync(path.join(dir, 'SM3SUMS'), 'utf8').trim().split('\n');
    for (const line of sm3Lines) {
      const [hash, name] = line.split('  ');
      const bytes = fs.readFileSync(path.join(dir, name));
      expect(await sm3Hex(bytes)).toBe(hash);
    }

    const files = unzip(pkg.file);
    const manifest = json(files, 'manifest.json');
    expect(manifest).toMatchObject({ format: 'liaison-year-archive', year: 2025, group: '城关镇政协联络组' });
    expect(manifest.counts).toMatchObject({
      members: 3,
      activities: 4,
      proposal_cosigners: 2,
      attachments: 2,
      documents: 2,
    });
    const activities = json(files, 'data/activities.json');
    expect(activities.map((a: { title: string }) => a.title)).not.toContain('下一年的视察');
    expect(activities.find((a: { title: string }) => a.title === '误录的会议').deleted_at).not.toBeNull();
    // References are package-local numbers: the inspection points at the plan item numbered 1.
    expect(activities.find((a: { title: string }) => a.title === '视察全镇安全生产工作').plan_item_id).toBe(1);
    const attachmentFiles = Object.keys(files).filter((n) => n.startsWith('attachments/'));
    expect(attachmentFiles).toEqual([`attachments/${json(files, 'data/attachments.json')[0].sha256}.png`]);
    expect(Buffer.from(files[attachmentFiles[0]]).equals(PNG)).toBe(true);
    expect(json(files, 'data/schema.json').tables.map((x: { file: string }) => x.file)).toContain(
      'data/activities.json',
    );

    const readme = Buffer.from(files['README.txt']).toString('utf8');
    expect(readme).toContain('城关镇政协联络组2025年度履职档案包');
    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toMatch(/data\/activities\.json\s+活动：开始日期在本年度的活动（4 条）/);
    expect(readme).toContain('snapshot/archive.sqlite');

    // The snapshot is a whole, self-contained archive file.
    const snapshot = path.join(dir, 'snapshot/archive.sqlite');
    const copy = await openArchive(snapshot);
    expect(copy.db.prepare('SELECT count(*) FROM activities').pluck().get() as number).toBe(5);
    copy.close();

    const check = await t.must('package.verify', { year: 2025, name: pkg.name });
    expect(check).toMatchObject({ ok: true, problem: null, year: 2025, files: pkg.files });
  });

  it('includes the ledgers exported into the same folder, under volume/', async () => {
    await buildPackageYear(t);
    const ledgers = await t.must('export.ledgers', { year: 2025 });
    const names = ledgers.files.map((f) => f.name);
    const pkg = await t.must('package.export', { year: 2025, includeDocuments: names });
    expect(pkg.volumeFiles).toEqual(names);
    const files = unzip(pkg.file);
    for (const f of ledgers.files)
      expect(Buffer.from(files[`volume/${f.name}`]).equals(fs.readFileSync(f.path))).toBe(true);
    expect(Buffer.from(files['README.txt']).toString('utf8')).toContain(`volume/${names[0]}`);
    expect((await t.must('package.verify', { year: 2025, name: pkg.name })).ok).toBe(true);
    const missing = await t.call('package.export', { year: 2025, includeDocuments: ['2025年度履职档案.docx'] });
    expect(missing.ok ? '' : missing.error.message).toContain('请先导出档案成册或台账');
  });

  it('imports into a new archive and exports it again with identical data files and digests', async () => {
    await buildPackageYear(t);
    const first = await t.must('package.export', { year: 2025 });
    const outcome = await t.must('package.import', { file: first.file, into: 'new', newFile: '导入的档案.sqlite' });
    expect(outcome).toMatchObject({ into: 'new', year: 2025, backup: null, matchedMembers: 0 });
    expect(outcome.file).toBe(path.join(t.dir, '导入的档案.sqlite'));
    expect(outcome.counts).toMatchObject({ members: 3, activities: 4, attachments: 2 });

    const again = await onArchive(outcome.file, 'package.export', { year: 2025 });
    const a = unzip(first.file);
    const b = unzip(again.file);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) {
      // The snapshot differs (a new archive file), so do the lists of digests naming it, and the
      // catalogue workbook, which carries its time of writing.
      if (['manifest.json', 'SHA256SUMS', 'SM3SUMS', 'DATASUMS', 'snapshot/archive.sqlite', 'catalogue/归档文件目录.xlsx'].includes(name))
        continue;
      expect(Buffer.from(b[name]).equals(Buffer.from(a[name])), name).toBe(true);
    }
    const ma = json(a, 'manifest.json');
    const mb = json(b, 'manifest.json');
    const bySnapshot = (m: { files: { path: string }[] }) =>
      m.files.filter((f) => !['snapshot/archive.sqlite', 'DATASUMS', 'catalogue/归档文件目录.xlsx'].includes(f.path));
    expect(bySnapshot(mb)).toEqual(bySnapshot(ma));
    expect({ ...mb, compiledAt: '', dataDigest: '', files: [] }).toEqual({ ...ma, compiledAt: '', dataDigest: '', files: [] });

    // What the clerk sees in the new archive: the attendance sheet and the co-signers came along.
    const list = await onArchive(outcome.file, 'activities.list', { year: 2025, q: '安全生产' });
    expect(list.items[0].participants.map((p) => [p.memberName, p.attendance])).toEqual([
      ['李红', 'excused'],
      ['王建国', 'absent'],
      ['张伟', 'present'],
    ]);
    const group = await onArchive(outcome.file, 'group.get', {});
    expect(group).toMatchObject({ name: '城关镇政协联络组', currentYear: 2025 });
    const imported = await openArchive(outcome.file);
    const importAudit = imported.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'import'").pluck().get();
    imported.close();
    expect(importAudit).toBeGreaterThan(10);
  });

  it("carries the year's own duty scheme: a custom copy with changed items comes back the same", async () => {
    await buildPackageYear(t);
    const preset = await t.must('schemes.get', { id: 1 });
    const items = preset.items.map(({ code, label, requiredCount, creditActivityTypes, creditKinds }) => ({
      code,
      label,
      requiredCount: code === 'opinion' ? 2 : requiredCount,
      creditActivityTypes,
      creditKinds,
    }));
    const custom = await t.must('schemes.create', { name: '本组八个一', items });
    await t.must('schemes.setForYear', { year: 2025, schemeId: custom.id });
    const first = await t.must('package.export', { year: 2025 });
    const outcome = await t.must('package.import', { file: first.file, into: 'new', newFile: 'scheme.sqlite' });
    const scheme = await onArchive(outcome.file, 'schemes.forYear', { year: 2025 });
    expect(scheme.name).toBe('本组八个一');
    expect(scheme.items.find((i) => i.code === 'opinion')?.requiredCount).toBe(2);
    const again = await onArchive(outcome.file, 'package.export', { year: 2025 });
    const [a, b] = [unzip(first.file), unzip(again.file)];
    for (const name of ['data/duty_schemes.json', 'data/duty_scheme_items.json', 'data/year_schemes.json']) {
      expect(Buffer.from(b[name]).toString(), name).toBe(Buffer.from(a[name]).toString());
    }
  });

  it("carries the year's own points rules, and a year without them stays on the defaults", async () => {
    await buildPackageYear(t);
    const rules = { ...defaultPointsRules, attendance: { ...defaultPointsRules.attendance, study: 7 } };
    await t.must('points.setRules', { year: 2025, rules });
    const pkg = await t.must('package.export', { year: 2025 });
    const outcome = await t.must('package.import', { file: pkg.file, into: 'new', newFile: 'points.sqlite' });
    const carried = await onArchive(outcome.file, 'points.rules', { year: 2025 });
    expect(carried.saved).toBe(true);
    expect(carried.rules.attendance.study).toBe(7);
    expect((await onArchive(outcome.file, 'points.rules', { year: 2024 })).saved).toBe(false);
  });

  it('imports into the current archive only a year without data, matching members by name', async () => {
    await buildPackageYear(t);
    const pkg = await t.must('package.export', { year: 2025 });
    const refused = await t.call('package.import', { file: pkg.file, into: 'current' });
    expect(refused.ok ? null : refused.error.code).toBe('CONFLICT');
    expect(refused.ok ? '' : refused.error.message).toContain('2025 年度已有数据');

    const other = await testArchive();
    try {
      await other.must('members.create', { name: '张伟', sector: '经济界' });
      await other.must('activities.create', { type: 'study', title: '2024 学习', startsOn: '2024-03-01' });
      const outcome = await other.must('package.import', { file: pkg.file, into: 'current' });
      expect(outcome).toMatchObject({ into: 'current', file: other.file, matchedMembers: 1 });
      expect(outcome.counts.members).toBe(2);
      expect(outcome.backup).toMatch(/^pre-import-/);
      expect((await other.must('activities.list', { year: 2025 })).total).toBe(3);
      expect((await other.must('members.list', {})).total).toBe(3);
      expect((await other.must('group.get', {})).name).not.toBe('城关镇政协联络组');
      const again = await other.call('package.import', { file: pkg.file, into: 'current' });
      expect(again.ok ? '' : again.error.message).toContain('不能再导入这一年度');
    } finally {
      other.close();
    }
  });

  it('refuses a new archive name that is taken, a relative path and a file that is not a .zip', async () => {
    await buildPackageYear(t);
    const pkg = await t.must('package.export', { year: 2025 });
    const taken = await t.call('package.import', { file: pkg.file, into: 'new', newFile: 'archive.sqlite' });
    expect(taken.ok ? '' : taken.error.message).toContain('请为新档案换一个文件名');
    const relative = await t.call('package.import', { file: 'exports/2025.zip', into: 'current' });
    expect(relative.ok ? '' : relative.error.message).toContain('完整路径');
    const notZip = await t.call('package.import', { file: t.file, into: 'current' });
    expect(notZip.ok ? '' : notZip.error.message).toContain('只能导入 .zip 格式的年度档案包');
    const outside = await t.call('package.verify', { year: 2025, name: '../archive.zip' });
    expect(outside.ok ? null : outside.error.code).toBe('INVALID_INPUT');
  });
});
