// Crash safety, measured: a child (crashWriter.ts) writes to an archive through the dispatcher and
// reports each write after it committed; the parent kills it with SIGKILL at a random (seeded)
// moment, reopens the archive, runs integrity_check and checks that every reported write is there
// with its values (crashLedger.ts). powerLossHarness.ts runs the same child under a simulated power loss.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Database from 'better-sqlite3';
import { openArchive, type Archive } from '../db/archive';
import { ArchiveError } from '../db/errors';
import { CrashLedger } from './crashLedger';
import { mulberry32 } from './crashRandom';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface CrashOptions {
  cycles: number;
  seed?: number;
  /** The kill lands 0…maxDelayMs after the child's first committed write. */
  maxDelayMs?: number;
  /** The archive to hammer; a fresh one in a temp folder by default (removed afterwards). */
  file?: string;
  log?: (line: string) => void;
}

export interface CrashFigures {
  cycles: number;
  writesConfirmed: number;
  lost: number;
  /** Cycles after which integrity_check did not say ok. */
  corrupt: number;
  ms: number;
  /** The first problems found, in words. */
  problems: string[];
}

/**
 * The writer is bundled once into one plain script: starting it through the TypeScript loader
 * costs most of a second per cycle, a bundle a tenth of that, which makes hundreds of cycles fast.
 */
export async function bundleWriter(dir: string): Promise<string> {
  const outfile = path.join(dir, 'crashWriter.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts/crashWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native addons load from node_modules as they are (sharp's ESM also needs import.meta, which a CJS bundle lacks).
    external: ['better-sqlite3', 'sharp', '@img/*'],
    outfile,
    minify: true,
    logLevel: 'error',
  });
  return outfile;
}

export interface Cycle {
  lines: string[];
  /** The child ended on its own (an error) instead of by our kill. */
  died: string | null;
}

/** Runs the writer on `file` and kills it `delayMs` after its first committed write. */
export function runChild(writer: string, file: string, seed: number, delayMs: number, env: NodeJS.ProcessEnv = {}): Promise<Cycle> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, file, String(seed)], {
      env: { ...process.env, ...env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killedByUs = false;
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      // The clock starts at the first committed write, so every kill lands among writes, not during start-up.
      if (!armed && /\n(member|activity|attendance) /.test(out)) {
        armed = true;
        setTimeout(() => {
          killedByUs = true;
          child.kill('SIGKILL');
        }, delayMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', () => {
      // Only whole lines count: a torn last line was not fully reported.
      const lines = out.split('\n').slice(0, -1).filter((l) => l !== 'ready');
      resolve({ lines, died: killedByUs ? null : `写入进程意外退出：${err.trim() || '无输出'}` });
    });
  });
}

/** The app's verdict "damaged", or SQLite's own (SQLITE_CORRUPT, SQLITE_NOTADB) from a check. */
function isDamage(e: unknown): boolean {
  if (e instanceof ArchiveError) return e.code === 'ARCHIVE_CORRUPT';
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

/**
 * Reopens the archive like the app does, runs integrity_check and checks every reported write.
 * An archive the app refuses as damaged counts as an integrity failure, and its rows are still
 * read directly where SQLite can, so the losses are counted too.
 */
export async function checkArchive(file: string, ledger: CrashLedger, lines: string[]): Promise<{ problems: string[]; lost: number; corrupt: boolean }> {
  let archive: Pick<Archive, 'db' | 'close'>;
  const problems: string[] = [];
  try {
    archive = await openArchive(file);
  } catch (e) {
    if (!isDamage(e)) throw e;
    problems.push(`完整性检查未通过（打开时）：${(e as Error).message}`);
    const db = new Database(file);
    archive = { db, close: () => db.close() };
  }
  try {
    let integrity: unknown;
    try {
      integrity = archive.db.pragma('integrity_check', { simple: true });
    } catch (e) {
      if (!isDamage(e)) throw e;
      integrity = (e as Error).message;
    }
    let lost: string[] = [];
    try {
      lost = ledger.check(archive.db, lines).lost;
    } catch (e) {
      problems.push(`无法读取档案中的记录：${(e as Error).message}`);
    }
    problems.unshift(...lost);
    if (integrity !== 'ok') problems.push(`完整性检查未通过：${String(integrity)}`);
    return { problems, lost: lost.length, corrupt: integrity !== 'ok' || problems.some((p) => p.startsWith('完整性检查未通过')) };
  } finally {
    archive.close();
  }
}

export async function runCrashTest(options: CrashOptions): Promise<CrashFigures> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const maxDelay = options.maxDelayMs ?? 40;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crashtest-'));
  const file = options.file ?? path.join(work, 'archive.sqlite');
  const rand = mulberry32(seed);
  const figures: CrashFigures = { cycles: 0, writesConfirmed: 0, lost: 0, corrupt: 0, ms: 0, problems: [] };
  const ledger = new CrashLedger();
  try {
    const writer = await bundleWriter(work);
    (await openArchive(file)).close();
    for (let i = 0; i < options.cycles; i++) {
      const cycle = await runChild(writer, file, seed * 100_000 + i, Math.floor(rand() * maxDelay));
      const { problems, lost, corrupt } = await checkArchive(file, ledger, cycle.lines);
      figures.cycles++;
      figures.writesConfirmed += cycle.lines.filter((l) => !l.startsWith('pending ')).length;
      figures.lost += lost;
      if (corrupt) figures.corrupt++;
      if (cycle.died) problems.unshift(cycle.died);
      figures.problems.push(...problems.slice(0, 5 - figures.problems.length));
      if (cycle.died || corrupt) break; // nothing sensible follows a broken writer or file
      if ((i + 1) % 100 === 0) options.log?.(`${i + 1} 轮，已确认写入 ${figures.writesConfirmed} 次，丢失 ${figures.lost}`);
    }
  } finally {
    figures.ms = Date.now() - started;
    fs.rmSync(work, { recursive: true, force: true });
  }
  return figures;
}
