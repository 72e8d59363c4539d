import { zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSM3 } from 'hash-wasm';
import { sha256Hex } from '../../db/package/digests';
import { exportedPackageEach } from './packageFixture';

// The lists are rebuilt in place here: SM3 of small files in one synchronous call.
const sm3 = await createSM3();
const sm3Hex = (b: Uint8Array) => sm3.init().update(b).digest('hex');

// The tampered copies live in a folder of their own, as a file brought on a USB stick would.
const pkg = exportedPackageEach('package-tampered-');
const { t } = pkg;

/** Every row of every table of the archive, hashed: equal before and after means nothing was written. */
function archiveDigest(): string {
  const db = t.archive.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
    hash.update(table).update(JSON.stringify(rows.map((r) => JSON.stringify(r)).sort()));
  }
  return hash.digest('hex');
}

/** Every file under the test's folders, with its size: a refused import adds or changes none. */
function fileListing(): string[] {
  const list: string[] = [];
  for (const root of [t.dir, pkg.outside]) {
    for (const name of fs.readdirSync(root, { recursive: true }) as string[]) {
      const full = path.join(root, name);
      const stat = fs.statSync(full);
      if (stat.isFile() && !name.endsWith('-wal') && !name.endsWith('-shm')) list.push(`${full} ${stat.size}`);
    }
  }
  return list.sort();
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const text = (name: string) => Buffer.from(pkg.files[name]).toString('utf8');

function sums(entries: Record<string, Uint8Array>, digest: (b: Uint8Array) => string, skip: string[]): Uint8Array {
  const lines = Object.keys(entries)
    .filter((n) => !skip.includes(n))
    .sort()
    .map((n) => `${digest(entries[n])}  ${n}\n`);
  return utf8(lines.join(''));
}

/** Rewrites both checksum lists to match the files, so only the manifest is left to tell the truth. */
function withHonestSums(entries: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const out = { ...entries };
  out.SM3SUMS = sums(out, sm3Hex, ['SM3SUMS', 'SHA256SUMS']);
  out.SHA256SUMS = sums(out, sha256Hex, ['SHA256SUMS']);
  return out;
}

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(pkg.outside, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function expectRefused(file: string, message: string) {
  const before = archiveDigest();
  const listing = fileListing();
  for (const [into, newFile] of [
    ['current', undefined],
    ['new', 'fresh.sqlite'],
  ] as const) {
    const r = await t.call('package.import', { file, into, newFile });
    expect(r.ok, `${into} should be refused`).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.message).toContain(message);
      expect(r.error.message).toContain('档案未作任何修改');
    }
  }
  expect(archiveDigest()).toBe(before);
  expect(fileListing()).toEqual(listing);
  expect(fs.existsSync(path.join(t.dir, 'fresh.sqlite'))).toBe(false);
}

describe('refused year packages', () => {
  it('refuses a file with one byte changed', async () => {
    const changed = new Uint8Array(pkg.files['data/activities.json']);
    const at = Buffer.from(changed).indexOf('视察全镇');
    changed[at + 1] ^= 0x01;
    await expectRefused(
      write('tampered.zip', zipSync({ ...pkg.files, 'data/activities.json': changed })),
      'data/activities.json 的 SHA-256 校验值与 SHA256SUMS 不符',
    );
  });

  it('refuses a truncated zip and a zero-byte file', async () => {
    const whole = zipSync(pkg.files);
    await expectRefused(write('truncated.zip', whole.slice(0, Math.floor(whole.length * 0.6))), '已损坏或不完整');
    await expectRefused(write('tail-cut.zip', whole.slice(0, whole.length - 10)), '已损坏或不完整');
    await expectRefused(write('empty.zip', new Uint8Array(0)), '文件是空的（0 字节）');
  });

  it('refuses a manifest that lies even when both checksum lists were rewritten to match', async () => {
    const manifest = JSON.parse(text('manifest.json'));
    const entry = manifest.files.find((f: { path: string }) => f.path === 'data/members.json');
    entry.sha256 = sha256Hex(utf8('[]\n'));
    const lying = withHonestSums({ ...pkg.files, 'manifest.json': utf8(JSON.stringify(manifest, null, 2)) });
    await expectRefused(
      write('lying.zip', zipSync(lying)),
      'manifest.json 中 data/members.json 的大小或校验值与文件不符',
    );
  });

  it('refuses a file the checksum lists do not name, and a missing one', async () => {
    await expectRefused(
      write('extra.zip', zipSync({ ...pkg.files, 'data/extra.json': utf8('[]') })),
      'data/extra.json 不在 SHA256SUMS 中',
    );
    const missing = { ...pkg.files };
    delete missing['data/deeds.json'];
    await expectRefused(
      write('missing.zip', zipSync(missing)),
      'SHA256SUMS 列出的文件 data/deeds.json 在压缩包中不存在',
    );
  });

  it('refuses entry names that point outside the package: "..", absolute paths, backslashes', async () => {
    for (const evil of ['../evil.txt', 'data/../../evil.txt', '/tmp/evil.txt', 'data\\evil.txt']) {
      const entries = withHonestSums({ ...pkg.files, [evil]: utf8('owned') });
      await expectRefused(write('evil.zip', zipSync(entries)), '可能指向包外的位置');
    }
    expect(fs.existsSync(path.join(path.dirname(pkg.outside), 'evil.txt'))).toBe(false);
  });

  it('refuses data re-hashed in every list, naming the data file that disagrees with the snapshot', async () => {
    const activities = JSON.parse(text('data/activities.json'));
    activities[0].plan_item_id = 99;
    const bad = withHonestSums({ ...pkg.files, 'data/activities.json': utf8(JSON.stringify(activities)) });
    const manifest = JSON.parse(text('manifest.json'));
    for (const f of manifest.files)
      Object.assign(f, { sha256: sha256Hex(bad[f.path]), sm3: sm3Hex(bad[f.path]), size: bad[f.path].length });
    const consistent = withHonestSums({ ...bad, 'manifest.json': utf8(JSON.stringify(manifest)) });
    // Every digest list agrees with the edited file; the package's own snapshot does not.
    await expectRefused(
      write('dangling.zip', zipSync(consistent)),
      '数据文件 data/activities.json（活动）与档案快照 snapshot/archive.sqlite 不一致（第 1 条记录不同）',
    );
  });

  it('reports a damaged package in the exports folder through package.verify', async () => {
    const folder = path.join(`${t.file}.exports`, '2025');
    fs.writeFileSync(path.join(folder, 'broken.zip'), zipSync({ ...pkg.files, 'README.txt': utf8('changed') }));
    const check = await t.must('package.verify', { year: 2025, name: 'broken.zip' });
    expect(check.ok).toBe(false);
    expect(check.problem).toContain('README.txt 的 SHA-256 校验值与 SHA256SUMS 不符');
  });
});
