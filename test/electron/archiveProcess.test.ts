import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openArchive } from '../../db/archive';
import { ArchiveError } from '../../db/errors';
import type { PdfPrinter } from '../../db/export/pdf';
import { lockFileFor } from '../../db/writerLock';
import { RESTART_NOTICE, superviseArchive, type ArchiveSupervisor } from '../../electron/archiveProcess/supervisor';
import type { Progress } from '../../shared/transport';
import { tempDir } from '../helpers/archive';
import {
  archiveChildOf,
  archiveProcessBundle,
  forkArchiveProcess,
  removeArchiveProcessBundle,
} from '../helpers/archiveProcess';

// The archive's own process (db/process/main.ts, bundled) started the way main starts it, but by
// Node's child_process.fork instead of Electron's utilityProcess.fork, driven by main's own
// supervisor (electron/archiveProcess/supervisor.ts) on a real archive file in a temp folder.

let bundled: string;
beforeAll(async () => {
  bundled = await archiveProcessBundle();
});
afterAll(() => removeArchiveProcessBundle());

const dirs: string[] = [];
const running: ArchiveSupervisor[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.shutdown()));
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function onePagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}

function supervised(options: { printPdf?: PdfPrinter; file?: string } = {}) {
  const file = options.file ?? path.join(tempDir('archive-process-'), 'archive.sqlite');
  dirs.push(path.dirname(file));
  const children: ChildProcess[] = [];
  const restarts: string[] = [];
  const gaveUp: string[] = [];
  const archive = superviseArchive({
    file,
    spawn: () => {
      const child = forkArchiveProcess(bundled);
      children.push(child);
      return archiveChildOf(child);
    },
    printPdf: options.printPdf ?? (() => onePagePdf()),
    onRestart: (notice) => restarts.push(notice),
    onGiveUp: (message) => gaveUp.push(message),
  });
  running.push(archive);
  const must = async (method: string, input: unknown, onProgress?: (p: Progress) => void) => {
    const r = await archive.dispatch(method, input, onProgress);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  return { file, archive, children, restarts, gaveUp, must };
}

const lockOwner = (file: string) => JSON.parse(fs.readFileSync(lockFileFor(file), 'utf8')) as { pid: number };
const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

describe('the archive in its own process', () => {
  it('opens the file there, holding the writer lock, and answers contract calls with Results', async () => {
    const { file, archive, children, must } = supervised();
    await archive.ready;
    expect(lockOwner(file).pid).toBe(children[0].pid);
    expect(lockOwner(file).pid).not.toBe(process.pid);
    await expect(openArchive(file)).rejects.toMatchObject({ code: 'ARCHIVE_LOCKED' });

    const member = await must('members.create', { name: '张三' });
    expect(member).toMatchObject({ name: '张三' });
    expect((await must('members.get', { id: member.id })).name).toBe('张三');
    const info = await must('meta.info', {});
    expect(info.file).toBe(file);
    // The dispatcher's refusals come back as they always have.
    expect(await archive.dispatch('members.nope', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await archive.dispatch('members.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('streams a long call’s progress under its own call, and answers calls running side by side', async () => {
    const { archive, must } = supervised();
    await archive.ready;
    await must('members.create', { name: '李四' });
    const seen: Progress[] = [];
    const [pkg, names] = await Promise.all([
      must('package.export', { year: 2025 }, (p) => seen.push(p)),
      must('members.names', {}),
    ]);
    expect(fs.statSync(pkg.file as string).size).toBe(pkg.size);
    expect(names).toHaveLength(1);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((p) => p.task === 'package.export')).toBe(true);
    expect(seen[0].fraction).toBeLessThan(seen.at(-1)!.fraction!);
  });

  it('asks main to print a PDF and waits for the bytes (a stand-in printer here)', async () => {
    const asked: string[] = [];
    const { archive, must } = supervised({
      printPdf: async (htmlFile) => {
        // The archive's process wrote the print HTML; main's printer reads it from disk.
        asked.push(fs.readFileSync(htmlFile, 'utf8'));
        return onePagePdf();
      },
    });
    await archive.ready;
    const member = await must('members.create', { name: '王五' });
    const seen: Progress[] = [];
    const exported = await must(
      'export.memberFile',
      { memberId: member.id, year: 2025, format: 'pdf', maskPersonal: true },
      (p) => seen.push(p),
    );
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('王五');
    const [written] = exported.files as { path: string }[];
    const pdf = await PDFDocument.load(fs.readFileSync(written.path));
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toContain('王五');
    expect(seen.map((p) => p.fraction)).toEqual([0, 1]);
  });

  it('a printer that fails gives the call main’s Chinese message', async () => {
    const { archive, must } = supervised({
      printPdf: () => Promise.reject(new ArchiveError('IO_ERROR', '未能生成 PDF：打印窗口没有响应。可以先导出 Word 版。')),
    });
    await archive.ready;
    const member = await must('members.create', { name: '赵六' });
    const r = await archive.dispatch('export.memberFile', { memberId: member.id, year: 2025, format: 'pdf', maskPersonal: true });
    expect(r).toEqual({ ok: false, error: { code: 'IO_ERROR', message: '未能生成 PDF：打印窗口没有响应。可以先导出 Word 版。' } });
  });

  it('after a crash it is started again with a notice; the call it was running is answered, nothing saved is lost', async () => {
    let printAsked!: () => void;
    const printing = new Promise<void>((resolve) => (printAsked = resolve));
    const { file, archive, children, restarts, must } = supervised({
      // Never answers: the call is still running in the archive's process when it dies.
      printPdf: () => {
        printAsked();
        return new Promise<Buffer>(() => {});
      },
    });
    await archive.ready;
    const member = await must('members.create', { name: '孙七' });
    const inFlight = archive.dispatch('export.memberFile', {
      memberId: member.id,
      year: 2025,
      format: 'pdf',
      maskPersonal: true,
    });
    await printing;
    const first = children[0];
    first.kill('SIGKILL');
    const answered = await inFlight;
    expect(answered.ok).toBe(false);
    expect(!answered.ok && answered.error.message).toMatch(/档案服务意外中断/);

    // A call made while it restarts waits for the new process.
    const names = await must('members.names', {});
    expect(names).toEqual([expect.objectContaining({ name: '孙七' })]);
    expect(restarts).toEqual([RESTART_NOTICE]);
    expect(children).toHaveLength(2);
    // The new process took over the lock the killed one left behind.
    expect(lockOwner(file).pid).toBe(children[1].pid);
    expect((await must('meta.info', {})).notices).toContain(RESTART_NOTICE);
  });

  it('shutdown closes the archive and releases the writer lock, and the process exits', async () => {
    const { file, archive, children, must } = supervised();
    await archive.ready;
    await must('members.create', { name: '周八' });
    await archive.shutdown();
    await exited(children[0]);
    expect(children[0].exitCode).toBe(0);
    expect(fs.existsSync(lockFileFor(file))).toBe(false);
    const again = await openArchive(file);
    try {
      expect(again.db.prepare('SELECT name FROM members').all()).toEqual([{ name: '周八' }]);
    } finally {
      again.close();
    }
    expect(await archive.dispatch('members.names', {})).toMatchObject({ ok: false, error: { code: 'IO_ERROR' } });
  });

  it('a file another program holds is refused with the lock’s Chinese message, and is not retried', async () => {
    const held = await openArchive(path.join(tempDir('archive-process-'), 'archive.sqlite'));
    try {
      const { archive, children, restarts } = supervised({ file: held.file });
      await expect(archive.ready).rejects.toThrow(/另一个|正在使用|已被/);
      await exited(children[0]);
      expect(children).toHaveLength(1);
      expect(restarts).toEqual([]);
    } finally {
      held.close();
    }
  });

  it('when main dies without a word, the archive’s process closes the archive and releases the lock itself', async () => {
    const dir = tempDir('archive-process-');
    dirs.push(dir);
    const file = path.join(dir, 'archive.sqlite');
    // A stand-in main: forks the archive's process, names the file, reports its pid, then is killed.
    const main = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { fork } from 'node:child_process';
         const child = fork(${JSON.stringify(bundled)}, [], { execArgv: [], serialization: 'advanced' });
         child.on('exit', () => process.exit(3));
         child.on('message', (m) => {
           if (m.type === 'started') child.send({ type: 'open', file: ${JSON.stringify(file)}, notices: [] });
           if (m.type === 'ready') process.send({ pid: child.pid });
         });`,
      ],
      { cwd: path.resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    const { pid } = await new Promise<{ pid: number }>((resolve, reject) => {
      main.once('message', (m) => resolve(m as { pid: number }));
      main.once('exit', (code) => reject(new Error(`the stand-in main exited (${code}) before the archive was ready`)));
    });
    expect(lockOwner(file).pid).toBe(pid);
    main.kill('SIGKILL');
    await vi.waitFor(() => expect(fs.existsSync(lockFileFor(file))).toBe(false), { timeout: 60_000, interval: 100 });
    await vi.waitFor(() => expect(() => process.kill(pid, 0)).toThrow(), { timeout: 60_000, interval: 100 });
  });
});
