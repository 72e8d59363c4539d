import type Database from 'better-sqlite3';
import type { Scheme } from '../../../shared/contract/schemes';
import { itemsOf, schemeForYear } from './forYear';
import { listFilter } from '../../repo/listFilter';
import { tableRepo, type Scope } from '../../repo/table';

function boundYears(db: Database.Database, schemeId: number): number[] {
  return db
    .prepare('SELECT year FROM year_schemes WHERE scheme_id = ? ORDER BY year')
    .pluck()
    .all(schemeId) as number[];
}

export const schemeTable = tableRepo<Scheme, 'items' | 'boundYears'>({
  table: 'duty_schemes',
  entity: 'duty_scheme',
  label: '履职方案',
  fields: { name: 'text', preset: 'text' },
  describe: (s) => `履职方案“${s.name}”`,
  hydrate: (db, s) => ({ ...s, items: itemsOf(db, s.id), boundYears: boundYears(db, s.id) }),
});

/** Every scheme, presets first (ids 1–3), then the clerk's own in the order they were made. */
export function listSchemes(db: Database.Database, scope: Scope): Scheme[] {
  return schemeTable.page(db, listFilter(scope), { orderBy: 'id', limit: 1000 }).items;
}

export const schemeOfYear = (db: Database.Database, year: number): Scheme =>
  schemeTable.get(db, schemeForYear(db, year).id);
