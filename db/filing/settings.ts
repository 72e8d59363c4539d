import type Database from 'better-sqlite3';
import { defaultRetention, filingKinds, retentions, type FilingSettings, type Retention } from '../../shared/filing';

interface Row {
  fondsCode: string;
  fondsName: string;
  orgCode: string;
  categoryCode: string;
  retentionByKind: string;
  filer: string;
  checker: string;
  groupName: string | null;
}

/** The stored row, with the defaults filled in that the clerk has not overridden. */
export function readFilingSettings(db: Database.Database): FilingSettings {
  const row = db
    .prepare(
      `SELECT fonds_code AS fondsCode, fonds_name AS fondsName, org_code AS orgCode, category_code AS categoryCode,
              retention_by_kind AS retentionByKind, filer, checker,
              (SELECT name FROM group_settings WHERE id = 1) AS groupName
       FROM filing_settings WHERE id = 1`,
    )
    .get() as Row | undefined;
  const stored = (row ? JSON.parse(row.retentionByKind) : {}) as Record<string, unknown>;
  const retentionByKind = { ...defaultRetention };
  for (const k of filingKinds) {
    const v = stored[k];
    if (typeof v === 'string' && (retentions as string[]).includes(v)) retentionByKind[k] = v as Retention;
  }
  const groupName = row?.groupName?.trim() || '政协联络组';
  return {
    fondsCode: row?.fondsCode ?? '',
    fondsName: row?.fondsName.trim() || groupName,
    orgCode: row?.orgCode ?? 'LLZ',
    categoryCode: row?.categoryCode || 'WS',
    retentionByKind,
    filer: row?.filer ?? '',
    checker: row?.checker ?? '',
  };
}

/** Whether 全宗名称 follows the group's name (the clerk has not typed one). */
export function fondsNameIsDefault(db: Database.Database): boolean {
  const row = db.prepare('SELECT fonds_name AS n FROM filing_settings WHERE id = 1').get() as { n: string } | undefined;
  return !row || row.n.trim() === '';
}
