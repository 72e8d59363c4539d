import fs from 'node:fs';
import path from 'node:path';
import type { BackupCheck } from '../../shared/contract/backups';

/**
 * The latest integrity check of each backup, kept in `checks.json` in the backup folder beside
 * `settings.json` (it describes files of this folder, so it stays with them and outside the
 * archive: a restore must not roll it back). Written only when a backup is checked after it was
 * made — the check at creation needs no record, as no backup gets its final name without it.
 */
const FILE = 'checks.json';

export interface StoredCheck {
  at: string;
  ok: boolean;
  problem: string | null;
}

export function readChecks(dir: string): Record<string, StoredCheck> {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8')) as unknown;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    const out: Record<string, StoredCheck> = {};
    for (const [name, v] of Object.entries(raw as Record<string, Partial<StoredCheck>>)) {
      if (v && typeof v.at === 'string' && typeof v.ok === 'boolean')
        out[name] = { at: v.at, ok: v.ok, problem: typeof v.problem === 'string' ? v.problem : null };
    }
    return out;
  } catch {
    return {};
  }
}

/** Records checks just made; entries of files no longer in the folder are dropped. */
export function recordChecks(dir: string, checks: BackupCheck[], at: Date = new Date()): void {
  if (checks.length === 0) return;
  const all = readChecks(dir);
  for (const c of checks) all[c.name] = { at: at.toISOString(), ok: c.ok, problem: c.problem };
  for (const name of Object.keys(all)) if (!fs.existsSync(path.join(dir, name))) delete all[name];
  const tmp = path.join(dir, `${FILE}.tmp`);
  fs.writeFileSync(tmp, `${JSON.stringify(all, null, 2)}\n`);
  fs.renameSync(tmp, path.join(dir, FILE));
}
