import type Database from 'better-sqlite3';
import { audit } from '../audit/log';
import type { Row } from './yearData';

const itemColumns = ['code', 'label', 'required_count', 'credit_activity_types', 'credit_kinds', 'position'];

const itemsKey = (items: Row[]) =>
  JSON.stringify(
    items.map((r) => itemColumns.map((c) => r[c] ?? null)).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
  );

const storedItems = (db: Database.Database, schemeId: number) =>
  db.prepare(`SELECT ${itemColumns.join(', ')} FROM duty_scheme_items WHERE scheme_id = ?`).all(schemeId) as Row[];

function writeItems(db: Database.Database, schemeId: number, items: Row[]): void {
  db.prepare('DELETE FROM duty_scheme_items WHERE scheme_id = ?').run(schemeId);
  const insert = db.prepare(
    `INSERT INTO duty_scheme_items (scheme_id, ${itemColumns.join(', ')}) VALUES (?, ${itemColumns.map(() => '?').join(', ')})`,
  );
  for (const item of items) insert.run(schemeId, ...itemColumns.map((c) => item[c] ?? null));
}

function freeName(db: Database.Database, name: string): string {
  const taken = db.prepare('SELECT 1 FROM duty_schemes WHERE name = ?').pluck();
  if (!taken.get(name)) return name;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${name}（导入）` : `${name}（导入${n}）`;
    if (!taken.get(candidate)) return candidate;
  }
}

/**
 * Finds the archive's scheme for a package scheme, by name and items. A new archive's preset is
 * made to match the package exactly (the clerk may have edited it in the old archive); in the
 * current archive a scheme that differs is added beside the clerk's own, never over it.
 */
export function importScheme(db: Database.Database, into: 'new' | 'current', scheme: Row, items: Row[]): number {
  const name = String(scheme.name);
  const preset = scheme.preset === null || scheme.preset === undefined ? null : String(scheme.preset);
  const named = db.prepare('SELECT id FROM duty_schemes WHERE name = ? AND deleted_at IS NULL').pluck().get(name) as
    number | undefined;
  if (named && itemsKey(storedItems(db, named)) === itemsKey(items)) return named;
  const presetId =
    into === 'new' && preset
      ? (db.prepare('SELECT id FROM duty_schemes WHERE preset = ?').pluck().get(preset) as number | undefined)
      : undefined;
  if (presetId) {
    db.prepare(`UPDATE duty_schemes SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(
      name,
      presetId,
    );
    writeItems(db, presetId, items);
    audit(db, {
      entity: 'duty_scheme',
      entityId: presetId,
      action: 'import',
      summary: `导入履职方案 ${name}（按年度档案包调整预置方案）`,
    });
    return presetId;
  }
  const id = Number(db.prepare('INSERT INTO duty_schemes (name) VALUES (?)').run(freeName(db, name)).lastInsertRowid);
  writeItems(db, id, items);
  audit(db, { entity: 'duty_scheme', entityId: id, action: 'import', summary: `导入履职方案 ${name}` });
  return id;
}
