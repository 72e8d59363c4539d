import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import type { Result } from '../../shared/result';
import { tempDir } from '../helpers/archive';
import { archiveDigest } from '../helpers/digest';
import { bindReadOnly, fillDisk, mountProblem, remountReadOnly, tinyDisk, unmountAll } from '../helpers/mounts';

/**
 * Disk trouble, made real where the machine allows it (a tiny tmpfs filled to the last byte or
 * remounted read-only, read-only bind mounts; as root, chmod would be ignored), or else by the
 * nearest real SQLite mechanism: a refused write must say why in Chinese and lose nothing.
 */
const isRoot = process.getuid?.() === 0;
const open: Archive[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const a of open.splice(0)) {
    try {
      a.close();
    } catch {
      // close() itself can fail on a read-only file (see the known bug below); the folder goes anyway.
      a.db.close();
    }
  }
  unmountAll();
  for (const d of dirs.splice(0)) {
    fs.chmodSync(d, 0o755);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const sidecars = (file: string) => ['-wal', '-shm', '-journal'].filter((s) => fs.existsSync(file + s));
const chinese = /[\u4e00-\u9fff]/;
/** 600 KB of attachment: more than a filled disk or a capped archive can take. */
const bigAttachment = (ownerId: number) => ({
  ownerKind: 'member' as const,
  ownerId,
  name: '扫描件.pdf',
  mime: 'application/pdf',
  dataBase64: Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(600 * 1024)]).toString('base64'),
});

async function archiveWithMembers(file: string) {
  const archive = await openArchive(file);
  open.push(archive);
  const dispatch = createDispatcher(archive);
  const must = async (method: string, input: unknown) => {
    const r = await dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as { id: number };
  };
  const zhang = await must('members.create', { name: '张伟', phone: '13800138000' });
  await must('members.create', { name: '李娜' });
  return { archive, dispatch, zhangId: zhang.id };
}

const names = (a: Archive) =>
  (a.db.prepare('SELECT name FROM members ORDER BY id').all() as { name: string }[]).map((r) => r.name);

function expectRefusedUnchanged(r: Result<unknown>, message: RegExp) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe('IO_ERROR');
  expect(r.error.message).toMatch(chinese);
  expect(r.error.message).toMatch(message);
}

describe('a full disk', () => {
  const realDisk = mountProblem
    ? `a full disk: cannot be made real here (${mountProblem}); the max_page_count test covers SQLITE_FULL`
    : 'a real 4 MB tmpfs filled to the last byte refuses the write in Chinese, keeps every earlier row, and works again once space is freed';
  it.skipIf(mountProblem !== null)(realDisk, async () => {
    const dir = tinyDisk(4096);
    const file = path.join(dir, 'archive.sqlite');
    const { archive, dispatch, zhangId } = await archiveWithMembers(file);
    const before = archiveDigest(archive.db);

    const filler = fillDisk(dir);
    const refused = await dispatch('attachments.add', bigAttachment(zhangId));
    expectRefusedUnchanged(refused, /磁盘空间已满/);
    const small = await dispatch('members.create', { name: '王芳', notes: '满'.repeat(2000) });
    expect(small.ok ? 'saved' : small.error.code).toMatch(/^(IO_ERROR|saved)$/);
    if (!small.ok) expect(archiveDigest(archive.db)).toBe(before);

    fs.rmSync(filler);
    expect(archive.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(names(archive)).toEqual(expect.arrayContaining(['张伟', '李娜']));
    expect(archive.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
    const again = await dispatch('attachments.add', bigAttachment(zhangId));
    expect(again.ok).toBe(true);

    archive.close();
    const reopened = await openArchive(file);
    open.push(reopened);
    expect(names(reopened)).toEqual(expect.arrayContaining(['张伟', '李娜']));
    expect(reopened.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 1 });
  });

  it('an archive at its page limit (SQLite max_page_count, needs no privileges) refuses the write in Chinese and changes nothing', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const { archive, dispatch, zhangId } = await archiveWithMembers(path.join(dir, 'archive.sqlite'));
    const before = archiveDigest(archive.db);
    archive.db.pragma(`max_page_count = ${archive.db.pragma('page_count', { simple: true }) as number}`);

    expectRefusedUnchanged(await dispatch('attachments.add', bigAttachment(zhangId)), /磁盘空间已满/);
    expect(archiveDigest(archive.db)).toBe(before);
    expect(archive.db.pragma('integrity_check', { simple: true })).toBe('ok');

    archive.db.pragma('max_page_count = 4294967294');
    expect((await dispatch('attachments.add', bigAttachment(zhangId))).ok).toBe(true);
  });
});

describe('a read-only archive', () => {
  /** Makes `dir` read-only the real way for this machine; returns how, for the test to say. */
  function readOnlyFolder(): { dir: string; lock: () => void } {
    if (!mountProblem) {
      const dir = tinyDisk(4096);
      return { dir, lock: () => remountReadOnly(dir) };
    }
    const dir = tempDir();
    dirs.push(dir);
    return { dir, lock: () => fs.chmodSync(dir, 0o555) };
  }
  const folderHow = mountProblem ? 'chmod 555 (not root)' : 'tmpfs remounted read-only, since root ignores chmod';
  const canFolder = !mountProblem || !isRoot;

  it.skipIf(!canFolder)(
    `in a read-only folder (${folderHow}) is refused in Chinese before anything is written`,
    async () => {
      const { dir, lock } = readOnlyFolder();
      const file = path.join(dir, 'archive.sqlite');
      const { archive } = await archiveWithMembers(file);
      archive.close();
      lock();
      const before = sha(file);

      const refused = await openArchive(file).then(
        (a) => (open.push(a), null),
        (e: unknown) => e as { code?: string; message?: string },
      );
      expect(refused).toMatchObject({ code: 'IO_ERROR', message: expect.stringMatching(chinese) });
      expect(sha(file)).toBe(before);
      expect(sidecars(file)).toEqual([]);
    },
  );

  const fileHow = mountProblem
    ? 'chmod 444 (not root)'
    : 'a read-only bind mount of the file, since root ignores chmod';

  /** An archive with two members whose file alone is then made read-only; the folder stays writable. */
  async function readOnlyFile(): Promise<string> {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, 'archive.sqlite');
    (await archiveWithMembers(file)).archive.close();
    if (mountProblem) fs.chmodSync(file, 0o444);
    else bindReadOnly(file);
    return file;
  }

  it.skipIf(!canFolder)(
    `whose file alone is read-only (${fileHow}) refuses to save in Chinese and stays byte-identical`,
    async () => {
      const file = await readOnlyFile();
      const before = sha(file);
      // Refusing at open and refusing each save are both fine for the clerk, as long as it says 只读.
      const archive = await openArchive(file).catch((e: unknown) => {
        expect(e).toMatchObject({ code: 'IO_ERROR', message: expect.stringMatching(/只读/) });
        return null;
      });
      if (archive) {
        open.push(archive);
        const dispatch = createDispatcher(archive);
        expectRefusedUnchanged(await dispatch('members.create', { name: '王芳' }), /只读/);
        expectRefusedUnchanged(await dispatch('group.update', { name: '城关镇政协联络组' }), /只读/);
        expect(names(archive)).toEqual(['张伟', '李娜']);
      }
      expect(sha(file)).toBe(before);
    },
  );

  it.skipIf(!canFolder)(
    `refuses at open a file that is read-only (${fileHow}), before anything is typed, and leaves no lock`,
    async () => {
      const file = await readOnlyFile();
      await expect(openArchive(file)).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringMatching(/只读/) });
      expect(fs.existsSync(`${file}.lock`)).toBe(false);
    },
  );
});
