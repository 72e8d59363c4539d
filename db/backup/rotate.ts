import fs from 'node:fs';
import path from 'node:path';
import type { BackupCheck } from '../../shared/contract/backups';
import { keeperRules } from './keepers';
import { listBackups } from './list';
import { ROTATED_KINDS } from './rotatedKinds';
import { verifyBackupFile } from './verify';

export interface RotationReport {
  kept: string[];
  removed: string[];
  /** Backups that failed integrity_check: never counted as keepers, never deleted, shown to the clerk. */
  bad: BackupCheck[];
}

/** Applies the rotation (see keeperRules) to one folder of backups (the backup folder, or the second copy's folder). */
export function rotateBackups(dir: string): RotationReport {
  const pool = listBackups(dir).filter((b) => ROTATED_KINDS.includes(b.kind));
  const checks = new Map<string, BackupCheck>();
  const isGood = (name: string) => {
    if (!checks.has(name)) checks.set(name, verifyBackupFile(path.join(dir, name)));
    return checks.get(name)!.ok;
  };
  const keep = keeperRules(
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
