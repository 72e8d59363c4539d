// Crash safety, measured: a child (crashWriter.ts) writes to an archive through the dispatcher and
// reports each write after it committed; the parent kills it with SIGKILL at a random (seeded)
// moment, reopens the archive, runs integrity_check and checks that every reported write is there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openArchive } from '../db/archive';
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
async function bundleWriter(dir: string): Promise<string> {
  const outfile = path.join(dir, 'crashWriter.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts/crashWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    minify: true,
    logLevel: 'error',
  });
  return outfile;
}

interface Cycle {
  lines: string[];
  /** The child ended on its own (an error) instead of by our kill. */
  died: string | null;
}

function runChild(writer: string, file: string, seed: number, delayMs: number): Promise<Cycle> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, file, String(seed)], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
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

/** Reopens the archive like the app does and checks every reported write; returns the problems. */
async function check(file: string, lines: string[]): Promise<{ problems: string[]; corrupt: boolean }> {
  const archive = await openArchive(file);
  try {
    const db = archive.db;
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    const has = (sql: string, ...args: number[]) => db.prepare(sql).get(...args) !== undefined;
    for (const line of lines) {
      const [kind, a, b] = line.split(' ');
      const ok =
        kind === 'member'
          ? has('SELECT 1 FROM members WHERE id = ?', Number(a))
          : kind === 'activity'
            ? has('SELECT 1 FROM activities WHERE id = ?', Number(a)) &&
              b.split(',').every((m) => has('SELECT 1 FROM activity_participants WHERE activity_id = ? AND member_id = ?', Number(a), Number(m)))
            : has('SELECT 1 FROM activity_participants WHERE activity_id = ? AND member_id = ?', Number(a), Number(b));
      if (!ok) problems.push(`已确认的写入丢失：${line}`);
    }
    if (integrity !== 'ok') problems.push(`完整性检查未通过：${String(integrity)}`);
    return { problems, corrupt: integrity !== 'ok' };
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
  try {
    const writer = await bundleWriter(work);
    (await openArchive(file)).close();
    for (let i = 0; i < options.cycles; i++) {
      const cycle = await runChild(writer, file, seed * 100_000 + i, Math.floor(rand() * maxDelay));
      const { problems, corrupt } = await check(file, cycle.lines);
      figures.cycles++;
      figures.writesConfirmed += cycle.lines.length;
      figures.lost += problems.filter((p) => p.startsWith('已确认的写入丢失')).length;
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
