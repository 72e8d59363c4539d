import fs from 'node:fs';
import path from 'node:path';
import type { BackupCheck, BackupKind } from '../../shared/contract/backups';
import { listBackups } from './list';
import { verifyBackupFile } from './verify';

/** Only the automatic kinds are rotated; pre-migration, pre-restore and manual backups stay until the clerk removes them. */
export const ROTATED_KINDS: readonly BackupKind[] = ['daily', 'pre-import'];

export const KEEP = { daily: 7, monthly: 12 } as const;

export interface RotationReport {
  kept: string[];
  removed: string[];
  /** Backups that failed integrity_check: never counted as keepers, never deleted, shown to the clerk. */
  bad: BackupCheck[];
}

interface Candidate {
  name: string;
  at: Date;
}

const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}`;
const yearKey = (d: Date) => `${d.getFullYear()}`;

/**
 * Grandfather-father-son selection on the clerk's local calendar: the newest good backup of each of
 * the 7 most recent days that have one, of the 12 most recent months, and of every year. A bucket
 * whose backups are all bad does not count, so a bad backup never pushes a good one out.
 */
export function chooseKeepers(candidates: Candidate[], isGood: (name: string) => boolean): Set<string> {
  const newestFirst = [...candidates].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const rules: [(d: Date) => string, number][] = [
    [dayKey, KEEP.daily],
    [monthKey, KEEP.monthly],
    [yearKey, Infinity],
  ];
  for (const [key, limit] of rules) {
    const filled = new Set<string>();
    for (const c of newestFirst) {
      if (filled.size >= limit) break;
      const k = key(c.at);
      if (filled.has(k) || !isGood(c.name)) continue;
      filled.add(k);
      keep.add(c.name);
    }
  }
  return keep;
}

/** Applies the rotation to one folder of backups (the backup folder, or the second copy's folder). */
export function rotateBackups(dir: string): RotationReport {
  const pool = listBackups(dir).filter((b) => ROTATED_KINDS.includes(b.kind));
  const checks = new Map<string, BackupCheck>();
  const isGood = (name: string) => {
    if (!checks.has(name)) checks.set(name, verifyBackupFile(path.join(dir, name)));
    return checks.get(name)!.ok;
  };
  const keep = chooseKeepers(
    pool.map((b) => ({ name: b.name, at: new Date(b.createdAt) })),
    isGood,
  );
  const report: RotationReport = { kept: [], removed: [], bad: [] };
  for (const b of pool) {
    const check = checks.get(b.name);
    if (keep.has(b.name)) report.kept.push(b.name);
    else if (check && !check.ok) report.bad.push(check);
    else {
      fs.rmSync(path.join(dir, b.name), { force: true });
      report.removed.push(b.name);
    }
  }
  return report;
}
