import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive } from '../db/archive';
import { ensureArchive } from './generate/ensure';
import { generateRealistic } from './generate/realistic';
import { generateStress } from './generate/stress';
import { machine } from './machine';
import { finish, textTable, writeReport, type Report } from './report';
import type { ArchiveKind, CaseResult, GenerationResult, Log } from './results';
import { scales, SEED } from './scale';
import { runBrowser } from './suites/browser';
import { runCompile } from './suites/compile';
import { runHostLoop } from './suites/hostLoop';
import { runOpen } from './suites/open';
import { runQueries } from './suites/queries';
import { runSm3 } from './suites/sm3';
import { runWrites } from './suites/writes';

const suites = ['open', 'queries', 'writes', 'compile', 'hostloop', 'browser', 'sm3'] as const;
type Suite = (typeof suites)[number];

const usage = `npm run bench [-- options]
  --quick          a small smoke run (2 years, 200 stress members, no PDF; about a minute)
  --only LIST      only these suites, comma-separated: ${suites.join(', ')}
  --fresh          generate the archives again even when a matching one exists
  --data DIR       where the archives go (default: the system temp folder)`;

const began = Date.now();
const log: Log = (s) => process.stderr.write(`[${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${s}\n`);

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      data: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return void console.log(usage);
  const only = values.only?.split(',').map((s) => s.trim()) ?? [...suites];
  const unknown = only.filter((s) => !suites.includes(s as Suite));
  if (unknown.length) throw new Error(`unknown suite ${unknown.join(', ')}\n${usage}`);
  const want = (s: Suite) => only.includes(s);

  const scale = scales[values.quick ? 'quick' : 'full'];
  const dataDir = path.resolve(values.data ?? path.join(os.tmpdir(), 'liaison-bench', scale.name));
  fs.mkdirSync(dataDir, { recursive: true });
  const files: Record<ArchiveKind, string> = {
    realistic: path.join(dataDir, 'realistic.sqlite'),
    stress: path.join(dataDir, 'stress.sqlite'),
  };
  const startedAt = new Date().toISOString();
  const loadStart = os.loadavg();
  const opts = { warmup: scale.warmup, reps: scale.reps, budgetMs: 30_000 };

  log(`bench (${scale.name}) — archives in ${dataDir}`);
  const generation: GenerationResult[] = [];
  // The digest suite needs no archive.
  const needArchives = only.some((s) => s !== 'sm3');
  if (needArchives) {
    log('generating the realistic archive (through the contract)…');
    generation.push(
      await ensureArchive('realistic', files.realistic, scale.realistic, SEED, values.fresh, () =>
        generateRealistic(files.realistic, scale.realistic, SEED),
      ),
    );
    log('generating the stress archive (bulk inserts in one transaction)…');
    generation.push(
      await ensureArchive('stress', files.stress, scale.stress, SEED, values.fresh, () =>
        generateStress(files.stress, scale.stress, SEED),
      ),
    );
  }

  const results: CaseResult[] = [];
  const add = (rs: CaseResult[]) => results.push(...rs.map((r) => ({ ...r, load1: os.loadavg()[0] })));
  for (const kind of ['realistic', 'stress'] as const) {
    if (want('open')) {
      log(`open: ${kind}`);
      // Opening a big file runs a full quick_check: a handful of runs, not fifty.
      add(await runOpen(files[kind], kind, { warmup: 1, reps: Math.min(scale.reps, 10), budgetMs: 30_000 }));
    }
    if (want('queries') || want('writes')) {
      const archive = await openArchive(files[kind]);
      try {
        if (want('queries')) {
          log(`queries: ${kind}`);
          add(await runQueries(archive, kind, opts, log));
        }
        if (want('writes')) {
          log(`writes: ${kind}`);
          add(await runWrites(archive, kind, { ...opts, reps: Math.min(opts.reps, 20) }));
        }
      } finally {
        archive.close();
      }
    }
  }
  if (want('compile')) {
    log('compile: realistic year');
    add(await runCompile(files.realistic, scale.name === 'full' ? 3 : 1, scale.name === 'full', log));
  }
  if (want('hostloop')) {
    log('hostloop: the browser-mode host compiling the realistic year');
    add(await runHostLoop(files.realistic, log));
  }
  if (want('sm3')) {
    log('sm3: a snapshot-sized buffer');
    add(await runSm3(scale.name === 'full' ? 5 : 2, log));
  }
  if (want('browser')) {
    log('browser: stress archive');
    add(await runBrowser(files.stress, 'stress', scale.name === 'full' ? 5 : 1, log));
  }

  const kept = keptFromLastRun(scale.name, only);
  const report = finish({
    scale: scale.name,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: machine(),
    loadavg: { start: loadStart, end: os.loadavg() },
    generation: generation.length ? generation : lastGeneration(scale.name),
    results: [...kept, ...results],
    keptFromEarlierRun: kept.length,
  });
  console.log(textTable(report));
  // A quick run never replaces the published results; a partial run replaces only its suites.
  const out = scale.name === 'full' ? path.join(import.meta.dirname) : dataDir;
  writeReport(report, path.join(out, 'results.json'), path.join(out, 'results.md'));
  log(`\nwritten: ${path.join(out, 'results.json')} and results.md`);
}

/** With --only, the other suites' results of the last full run stay in results.json. */
function keptFromLastRun(scale: string, only: string[]): CaseResult[] {
  const file = path.join(import.meta.dirname, 'results.json');
  if (scale !== 'full' || only.length === suites.length || !fs.existsSync(file)) return [];
  const last = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
  return last.results.filter((r) => !only.includes(r.suite));
}

/** A run that generated nothing (only the digest suite) keeps the last run's account of its archives. */
function lastGeneration(scale: string): GenerationResult[] {
  const file = path.join(import.meta.dirname, 'results.json');
  if (scale !== 'full' || !fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as Report).generation;
}
