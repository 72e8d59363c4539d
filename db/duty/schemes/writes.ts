import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import type { Scheme } from '../../../shared/contract/schemes';
import { DEFAULT_SCHEME_ID, type DutySchemeItemDef } from '../../../shared/dutySchemes';
import { audit } from '../../audit/log';
import { ArchiveError } from '../../errors';
import { schemeOfYear, schemeTable } from './repo';

function replaceItems(db: Database.Database, schemeId: number, items: DutySchemeItemDef[]): void {
  db.prepare('DELETE FROM duty_scheme_items WHERE scheme_id = ?').run(schemeId);
  const insert = db.prepare(
    `INSERT INTO duty_scheme_items (scheme_id, code, label, required_count, credit_activity_types, credit_kinds, position)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((it, position) =>
    insert.run(
      schemeId,
      it.code,
      it.label,
      it.requiredCount,
      JSON.stringify(it.creditActivityTypes),
      JSON.stringify(it.creditKinds),
      position,
    ),
  );
}

/** Two live schemes with one name could not be told apart in the year's scheme picker. */
function assertNameFree(db: Database.Database, name: string, exceptId?: number): void {
  const clash = db
    .prepare('SELECT id FROM duty_schemes WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(name, exceptId ?? null);
  if (clash) throw new ArchiveError('CONFLICT', `已有名为“${name}”的履职方案，请换一个名称。`);
}

/**
 * Live duty records of `years` (all years counted against the scheme when omitted) whose item
 * code is not among `codes`: such records would drop out of the eight-ones matrix unseen.
 */
function strandedRecords(db: Database.Database, schemeId: number, codes: string[], year?: number) {
  return db
    .prepare(
      `SELECT r.year, r.item_code AS code, count(*) AS n FROM duty_records r
       WHERE r.deleted_at IS NULL
         AND (@year IS NULL AND coalesce((SELECT y.scheme_id FROM year_schemes y WHERE y.year = r.year), @defaultId) = @schemeId
              OR r.year = @year)
         AND r.item_code NOT IN (SELECT value FROM json_each(@codes))
       GROUP BY r.year, r.item_code ORDER BY r.year, r.item_code`,
    )
    .all({ schemeId, defaultId: DEFAULT_SCHEME_ID, codes: JSON.stringify(codes), year: year ?? null }) as {
    year: number;
    code: string;
    n: number;
  }[];
}

function strandedMessage(rows: { year: number; code: string; n: number }[]): string {
  return rows.map((r) => `${r.year}年事项 ${r.code} 有 ${r.n} 条`).join('、');
}

export function createScheme(db: Database.Database, input: ParsedInput<'schemes.create'>): Scheme {
  return db.transaction(() => {
    assertNameFree(db, input.name);
    const items = input.items ?? schemeTable.get(db, input.copyFrom!).items;
    return schemeTable.create(db, { name: input.name }, (id) => replaceItems(db, id, items));
  })();
}

export function updateScheme(db: Database.Database, id: number, patch: ParsedInput<'schemes.update'>['patch']): Scheme {
  return db.transaction(() => {
    const scheme = schemeTable.get(db, id);
    if (patch.name !== undefined) assertNameFree(db, patch.name, id);
    const { items } = patch;
    if (items) {
      const stranded = strandedRecords(
        db,
        id,
        items.map((i) => i.code),
      );
      if (stranded.length) {
        throw new ArchiveError(
          'CONFLICT',
          `履职方案“${scheme.name}”中要删去的事项已有履职记录（${strandedMessage(stranded)}），不能删去；请先修改或删除这些履职记录。`,
        );
      }
    }
    return schemeTable.update(db, id, { name: patch.name }, items ? () => replaceItems(db, id, items) : undefined);
  })();
}

export function deleteScheme(db: Database.Database, id: number): Scheme {
  return db.transaction(() => {
    const scheme = schemeTable.get(db, id);
    if (scheme.preset) {
      throw new ArchiveError('CONFLICT', `“${scheme.name}”是预置的履职方案，不能删除；可以修改它的事项。`);
    }
    if (scheme.boundYears.length) {
      const years = scheme.boundYears.map((y) => `${y}年`).join('、');
      throw new ArchiveError(
        'CONFLICT',
        `履职方案“${scheme.name}”已用于 ${years}，不能删除；请先为该年度改用其他方案。`,
      );
    }
    return schemeTable.softDelete(db, id);
  })();
}

export function restoreScheme(db: Database.Database, id: number): Scheme {
  return db.transaction(() => {
    assertNameFree(db, schemeTable.get(db, id, { includeDeleted: true }).name, id);
    return schemeTable.restore(db, id);
  })();
}

/** Binds a year to a live scheme; a year's existing duty records must all name items of it. */
export function setSchemeForYear(db: Database.Database, year: number, schemeId: number): Scheme {
  return db.transaction(() => {
    const scheme = schemeTable.get(db, schemeId);
    const before = db.prepare('SELECT scheme_id FROM year_schemes WHERE year = ?').pluck().get(year) as
      number | undefined;
    if (before === schemeId) return scheme;
    const stranded = strandedRecords(
      db,
      schemeId,
      scheme.items.map((i) => i.code),
      year,
    );
    if (stranded.length) {
      const current = schemeOfYear(db, year).name;
      throw new ArchiveError(
        'CONFLICT',
        `${year}年已有按“${current}”登记的履职记录不在“${scheme.name}”中（${strandedMessage(stranded)}），不能改用该方案；请先修改或删除这些履职记录。`,
      );
    }
    db.prepare(
      'INSERT INTO year_schemes (year, scheme_id) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET scheme_id = excluded.scheme_id',
    ).run(year, schemeId);
    audit(db, {
      entity: 'year_scheme',
      entityId: year,
      action: before === undefined ? 'create' : 'update',
      summary: `${year}年采用履职方案“${scheme.name}”`,
      before: before === undefined ? undefined : { year, schemeId: before },
      after: { year, schemeId },
    });
    return schemeTable.get(db, schemeId);
  })();
}
