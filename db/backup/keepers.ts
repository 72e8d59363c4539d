import type { BackupKeep } from '../../shared/contract/backups';

export const KEEP = { daily: 7, monthly: 12 } as const;

export interface Candidate {
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
 * Each keeper maps to the first rule that keeps it (a backup that is both today's and this
 * month's newest counts as the day's).
 */
export function keeperRules(candidates: Candidate[], isGood: (name: string) => boolean): Map<string, BackupKeep> {
  const newestFirst = [...candidates].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Map<string, BackupKeep>();
  const rules: [BackupKeep, (d: Date) => string, number][] = [
    ['day', dayKey, KEEP.daily],
    ['month', monthKey, KEEP.monthly],
    ['year', yearKey, Infinity],
  ];
  for (const [rule, key, limit] of rules) {
    const filled = new Set<string>();
    for (const c of newestFirst) {
      if (filled.size >= limit) break;
      const k = key(c.at);
      if (filled.has(k) || !isGood(c.name)) continue;
      filled.add(k);
      if (!keep.has(c.name)) keep.set(c.name, rule);
    }
  }
  return keep;
}
