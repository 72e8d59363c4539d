import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromiumPath } from '../db/export/pdf';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memGB: number;
  os: string;
  node: string;
  sqlite: string;
  chromium: string;
}

/** What the numbers were measured on. */
export function machine(): Machine {
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  let chromium = 'no Chromium';
  try {
    chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    // Reported as missing; the PDF and browser suites say so themselves.
  }
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    sqlite,
    chromium,
  };
}
