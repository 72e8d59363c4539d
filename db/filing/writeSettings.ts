import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import type { FilingSettingsView } from '../../shared/contract/filing';
import { audit } from '../audit/log';
import { fondsNameIsDefault, readFilingSettings } from './settings';

export function filingSettingsView(db: Database.Database): FilingSettingsView {
  return { ...readFilingSettings(db), fondsNameIsDefault: fondsNameIsDefault(db) };
}

const columns = {
  fondsCode: 'fonds_code',
  fondsName: 'fonds_name',
  orgCode: 'org_code',
  categoryCode: 'category_code',
  filer: 'filer',
  checker: 'checker',
} as const;

export function updateFilingSettings(db: Database.Database, patch: ParsedInput<'filing.updateSettings'>): FilingSettingsView {
  return db.transaction(() => {
    const before = filingSettingsView(db);
    const values: Record<string, unknown> = { updated_at: new Date().toISOString() };
    for (const [k, column] of Object.entries(columns)) {
      const v = patch[k as keyof typeof columns];
      if (v !== undefined) values[column] = v;
    }
    if (patch.retentionByKind) values.retention_by_kind = JSON.stringify({ ...before.retentionByKind, ...patch.retentionByKind });
    const sets = Object.keys(values).map((c) => `${c} = @${c}`);
    db.prepare(`UPDATE filing_settings SET ${sets.join(', ')} WHERE id = 1`).run(values);
    const after = filingSettingsView(db);
    audit(db, { entity: 'filing', entityId: 1, action: 'update', summary: '修改归档设置', before, after });
    return after;
  })();
}
