// Power-loss safety, measured. A SIGKILL cannot show a missing disk sync (the OS page cache
// outlives the process), so here the crash writer runs with powerLossShim.c preloaded: every write
// to the archive, its WAL or its journal first leaves an undo record, and each fsync marks what is
// durable. At a seeded moment the writer is killed and the "power" goes (powerLossReplay.ts): what
// was not durable is undone, reordered sector by sector or torn inside sectors, the -shm file is
// lost, a file created without a synced folder vanishes. Then the archive is opened the app's way,
// integrity_check runs and every reported write is checked with its values (crashLedger.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '../db/archive';
import { bundleWriter, checkArchive, runChild, type CrashFigures } from './crashHarness';
import { CrashLedger } from './crashLedger';
import { mulberry32 } from './crashRandom';
import { buildShim } from './powerLossShim';
import { CUT_MODES, cutPower, type CutMode } from './powerLossReplay';

export interface PowerLossOptions {
  cycles: number;
  seed?: number;
  /** The power goes 0…maxDelayMs after the writer's first committed write. */
  maxDelayMs?: number;
  /** Test only: the writer's synchronous pragma instead of the archive's own (FULL). */
  synchronous?: 'OFF' | 'NORMAL' | 'FULL';
  /** The ways the power may go, one drawn per cycle (all by default). */
  modes?: readonly CutMode[];
  /** The writer's checkpoint cadences in pages, one drawn per cycle: by default the app's own and frequent ones. */
  checkpoints?: readonly number[];
  log?: (line: string) => void;
}

export interface PowerLossFigures extends CrashFigures {
  /** Writes and truncations not yet durable when the power went (undone, reordered or torn). */
  unsyncedDropped: number;
  /** Cycles cut while a checkpoint was writing the archive file itself (unsynced writes to it). */
  midCheckpoint: number;
  /** Cycles per way the power went. */
  modes: Record<CutMode, number>;
  /** Why nothing ran (no C compiler, not Linux); the figures are then all zero. */
  skipped?: string;
}

/** Checkpoint cadences (pages): the app's own, and frequent ones so the cut also lands mid-checkpoint. */
const CHECKPOINTS = [1000, 16, 1] as const;

export async function runPowerLossTest(options: PowerLossOptions): Promise<PowerLossFigures> {
  const started = Date.now();
  const seed = options.seed ?? 1;
  const maxDelay = options.maxDelayMs ?? 40;
  const figures: PowerLossFigures = {
    cycles: 0,
    writesConfirmed: 0,
    lost: 0,
    corrupt: 0,
    ms: 0,
    problems: [],
    unsyncedDropped: 0,
    midCheckpoint: 0,
    modes: { drop: 0, reorder: 0, torn: 0 },
  };
  // The shim compares paths as SQLite gives them, which resolves symbolic links.
  const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'powerloss-')));
  const file = path.join(work, 'archive.sqlite');
  // Two streams: the plan (way, cadence, moment) depends on the seed alone, the cut's sector
  // choices consume a number per sector written, which varies with the machine's speed.
  const plan = mulberry32(seed);
  const rand = mulberry32(seed ^ 0x5bd1e995);
  const ledger = new CrashLedger();
  const modes = options.modes ?? CUT_MODES;
  const checkpoints = options.checkpoints ?? CHECKPOINTS;
  try {
    const shim = buildShim(work);
    if ('skip' in shim) return { ...figures, skipped: shim.skip };
    const writer = await bundleWriter(work);
    (await openArchive(file)).close();
    for (let i = 0; i < options.cycles; i++) {
      const journal = path.join(work, `undo-${i}.journal`);
      const mode = modes[Math.floor(plan() * modes.length)];
      const env: NodeJS.ProcessEnv = {
        LD_PRELOAD: shim.lib,
        POWERLOSS_FILE: file,
        POWERLOSS_JOURNAL: journal,
        CRASH_WRITER_AUTOCHECKPOINT: String(checkpoints[Math.floor(plan() * checkpoints.length)]),
        ...(options.synchronous ? { CRASH_WRITER_SYNCHRONOUS: options.synchronous } : {}),
      };
      const cycle = await runChild(writer, file, seed * 100_000 + i, Math.floor(plan() * maxDelay), env);
      const cut = cutPower(file, journal, mode, rand);
      fs.rmSync(journal, { force: true });
      figures.cycles++;
      figures.modes[mode]++;
      figures.unsyncedDropped += cut.unsynced;
      if (cut.unsyncedInArchive > 0) figures.midCheckpoint++;
      if (cycle.died || cut.unmodelled.length) {
        figures.problems.push(cycle.died ?? `断电模型未覆盖的文件操作：${cut.unmodelled.join('；')}`);
        break; // a broken writer or an unmodelled call proves nothing
      }
      const { problems, lost, corrupt } = await checkArchive(file, ledger, cycle.lines);
      figures.writesConfirmed += cycle.lines.filter((l) => !l.startsWith('pending ')).length;
      figures.lost += lost;
      if (corrupt) figures.corrupt++;
      figures.problems.push(...problems.slice(0, Math.max(0, 5 - figures.problems.length)));
      if (corrupt) break; // nothing sensible follows a broken file
      if ((i + 1) % 100 === 0) options.log?.(`${i + 1} 轮，已确认写入 ${figures.writesConfirmed} 次，丢失 ${figures.lost}`);
    }
  } finally {
    figures.ms = Date.now() - started;
    fs.rmSync(work, { recursive: true, force: true });
  }
  return figures;
}
