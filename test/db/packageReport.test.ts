import { zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackageCheck } from '../../shared/contract/packages';
import { exportedPackageEach } from './packageFixture';

/** package.verify of a package received from elsewhere, by its full path: file by file. */
const pkg = exportedPackageEach('package-received-', { perFile: true });
const { t } = pkg;

async function verify(name: string, entries: Record<string, Uint8Array>): Promise<PackageCheck> {
  const file = path.join(pkg.outside, name);
  fs.writeFileSync(file, zipSync(entries));
  return t.must('package.verify', { file });
}

const statusOf = (check: PackageCheck) => Object.fromEntries(check.entries.map((e) => [e.path, e.status]));
const problems = (check: PackageCheck) => check.entries.filter((e) => e.status !== 'intact');

describe('package.verify: the report file by file', () => {
  it('an untouched package: every file 完好, with its size', async () => {
    const check = await verify('完好.zip', pkg.files);
    expect(check.ok).toBe(true);
    expect(check.year).toBe(2025);
    expect(check.entries.map((e) => e.path)).toEqual(Object.keys(pkg.files).sort());
    expect(problems(check)).toEqual([]);
    const readme = check.entries.find((e) => e.path === 'README.txt');
    expect(readme?.size).toBe(pkg.files['README.txt'].length);
  });

  it('one changed file is 被修改 and only that one', async () => {
    const members = pkg.files['data/members.json'];
    const changed = Buffer.from(Buffer.from(members).toString('utf8').replace('张伟', '张卫'));
    const check = await verify('改过.zip', { ...pkg.files, 'data/members.json': new Uint8Array(changed) });
    expect(check.ok).toBe(false);
    expect(check.problem).toMatch(/data\/members\.json/);
    expect(problems(check)).toEqual([{ path: 'data/members.json', status: 'modified', size: changed.length }]);
  });

  it('a removed file is 缺失 (with the size the manifest gives), an added one 多出', async () => {
    const { 'README.txt': readme, ...rest } = pkg.files;
    const check = await verify('缺和多.zip', { ...rest, 'photos/extra.jpg': new Uint8Array([1, 2, 3]) });
    expect(check.ok).toBe(false);
    expect(statusOf(check)['README.txt']).toBe('missing');
    expect(check.entries.find((e) => e.path === 'README.txt')?.size).toBe(readme.length);
    expect(statusOf(check)['photos/extra.jpg']).toBe('extra');
    expect(problems(check)).toHaveLength(2);
  });

  it('a checksum list that cannot be read is itself 被修改; the files it covered are judged by the others', async () => {
    const check = await verify('坏清单.zip', { ...pkg.files, SM3SUMS: new Uint8Array(Buffer.from('not a list')) });
    expect(check.ok).toBe(false);
    expect(problems(check)).toEqual([{ path: 'SM3SUMS', status: 'modified', size: 10 }]);
  });

  it('a file that is not a zip: the reason, and no file list', async () => {
    const file = path.join(pkg.outside, '不是压缩包.zip');
    fs.writeFileSync(file, 'hello, this is not a zip file at all');
    const check = await t.must('package.verify', { file });
    expect(check.ok).toBe(false);
    expect(check.problem).toMatch(/压缩包已损坏/);
    expect(check.entries).toEqual([]);
  });

  it('refuses an input that names both a path and an exports-folder package, in Chinese', async () => {
    const r = await t.call('package.verify', { file: path.join(pkg.outside, 'x.zip'), year: 2025, name: 'x.zip' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/不需要年度和文件名/);
    const none = await t.call('package.verify', {});
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.message).toMatch(/年度/);
  });
});
