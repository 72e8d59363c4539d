import type Database from 'better-sqlite3';
import { DEFAULT_SCHEME_ID, type DutyScheme, type DutySchemeItem, type SchemePreset } from '../../../shared/dutySchemes';
import { notFound } from '../../errors';
import { prepared } from '../../repo/statements';

interface SchemeRow {
  id: number;
  name: string;
  preset: SchemePreset | null;
}

interface ItemRow {
  id: number;
  code: string;
  label: string;
  required_count: number;
  credit_activity_types: string;
  credit_kinds: string;
  position: number;
}

export function itemsOf(db: Database.Database, schemeId: number): DutySchemeItem[] {
  const rows = prepared(db, `SELECT * FROM duty_scheme_items WHERE scheme_id = ? ORDER BY position, id`).all(
    schemeId,
  ) as ItemRow[];
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    label: r.label,
    requiredCount: r.required_count,
    creditActivityTypes: JSON.parse(r.credit_activity_types),
    creditKinds: JSON.parse(r.credit_kinds),
    position: r.position,
  }));
}

/** One scheme with its items, in the order the clerk arranged them. */
export function getScheme(db: Database.Database, id: number): DutyScheme {
  const row = prepared(db, `SELECT id, name, preset FROM duty_schemes WHERE id = ?`).get(id) as SchemeRow | undefined;
  if (!row) throw notFound('履职方案', id);
  return { ...row, items: itemsOf(db, row.id) };
}

/** The scheme a year's duties are counted against: the year's binding, or 八个一 when unbound. */
export function schemeForYear(db: Database.Database, year: number): DutyScheme {
  const bound = prepared(db, `SELECT scheme_id FROM year_schemes WHERE year = ?`).pluck().get(year) as
    | number
    | undefined;
  return getScheme(db, bound ?? DEFAULT_SCHEME_ID);
}
