import type Database from 'better-sqlite3';
import { schemeForYear } from '../duty/schemes/forYear';
import { servingMembers } from '../members/serving';
import { ownerTables, packageTables, type PackageTable } from './tables';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

/** One year of the archive as package rows: local ids, references in local ids, stable order. */
export interface YearData {
  year: number;
  tables: Record<string, Row[]>;
  /** Attachment bytes by SHA-256. */
  blobs: Map<string, Buffer>;
}

export interface Column {
  name: string;
  type: string;
  notnull: boolean;
}

/** The columns a table stores, in schema order; generated columns are left out (SQLite computes them). */
export function storedColumns(db: Database.Database, table: string): Column[] {
  const rows = db.prepare(`SELECT name, type, "notnull", hidden FROM pragma_table_xinfo(?)`).all(table) as {
    name: string;
    type: string;
    notnull: number;
    hidden: number;
  }[];
  return rows.filter((c) => c.hidden === 0).map((c) => ({ name: c.name, type: c.type, notnull: c.notnull === 1 }));
}

/** The columns of a table as the package carries them. */
export function packageColumns(db: Database.Database, spec: PackageTable): string[] {
  const dropped = new Set(spec.omit ?? []);
  if (spec.key === 'none') dropped.add('id');
  return storedColumns(db, spec.table)
    .map((c) => c.name)
    .filter((c) => !dropped.has(c));
}

const ofYear = (table: string) => `SELECT * FROM ${table} WHERE year = @year ORDER BY id`;
const childrenOf = (table: string, column: string, parent: string) =>
  `SELECT * FROM ${table} WHERE ${column} IN (SELECT id FROM ${parent} WHERE year = @year)`;

/** Members named by any row of the year, in or out of the recycle bin. */
const referencedMembers = `
  SELECT p.member_id FROM activity_participants p JOIN activities a ON a.id = p.activity_id WHERE a.year = @year
  UNION SELECT lead_member_id FROM proposals WHERE year = @year AND lead_member_id IS NOT NULL
  UNION SELECT c.member_id FROM proposal_cosigners c JOIN proposals p ON p.id = c.proposal_id WHERE p.year = @year
  UNION SELECT m.member_id FROM opinion_report_members m JOIN opinion_reports r ON r.id = m.report_id WHERE r.year = @year
  UNION SELECT member_id FROM duty_records WHERE year = @year
  UNION SELECT member_id FROM deeds WHERE year = @year AND member_id IS NOT NULL
  UNION SELECT member_id FROM documents WHERE year = @year AND member_id IS NOT NULL`;

type Picked = Map<string, Map<number, number>>;

function selectRows(db: Database.Database, table: string, year: number, picked: Picked): Row[] {
  const all = (sql: string, params: Record<string, unknown> = {}) => db.prepare(sql).all({ year, ...params }) as Row[];
  switch (table) {
    case 'group_settings':
      return all('SELECT * FROM group_settings WHERE id = 1');
    case 'members': {
      const ids = new Set<number>(servingMembers(db, year).map((m) => m.id));
      for (const id of db.prepare(referencedMembers).pluck().all({ year }) as number[]) ids.add(id);
      return all('SELECT * FROM members WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id', {
        ids: JSON.stringify([...ids]),
      });
    }
    case 'plan_items':
      return all(
        'SELECT * FROM plan_items WHERE year = @year OR id IN (SELECT plan_item_id FROM activities WHERE year = @year) ORDER BY id',
      );
    case 'activity_participants':
      return all(childrenOf('activity_participants', 'activity_id', 'activities'));
    case 'duty_schemes':
      return all('SELECT * FROM duty_schemes WHERE id = @id', { id: schemeForYear(db, year).id });
    case 'duty_scheme_items':
      return all('SELECT * FROM duty_scheme_items WHERE scheme_id = @id', {
        id: schemeForYear(db, year).id,
      });
    case 'year_schemes':
      return all('SELECT * FROM year_schemes WHERE year = @year');
    case 'points_rules':
      return all('SELECT * FROM points_rules WHERE year = @year');
    case 'proposal_cosigners':
      return all(childrenOf('proposal_cosigners', 'proposal_id', 'proposals'));
    case 'opinion_report_members':
      return all(childrenOf('opinion_report_members', 'report_id', 'opinion_reports'));
    case 'attachments':
      return Object.entries(ownerTables)
        .flatMap(([kind, owners]) =>
          all(
            'SELECT * FROM attachments WHERE owner_kind = @kind AND owner_id IN (SELECT value FROM json_each(@ids))',
            {
              kind,
              ids: JSON.stringify([...(picked.get(owners)?.keys() ?? [])]),
            },
          ),
        )
        .sort((a, b) => Number(a.id) - Number(b.id));
    default:
      return all(ofYear(table));
  }
}

function compareCells(a: Cell, b: Cell): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

/** Rows kept by content are ordered column by column, so the order does not depend on the archive. */
const byContent = (columns: string[]) => (a: Row, b: Row) => {
  for (const c of columns) {
    const d = compareCells(a[c], b[c]);
    if (d !== 0) return d;
  }
  return 0;
};

function localRef(picked: Picked, target: string, id: Cell, where: string): Cell {
  if (id === null) return null;
  const local = picked.get(target)?.get(Number(id));
  // The selections above include every row the year's rows point at; a miss is a bug, not bad data.
  if (local === undefined) throw new Error(`${where} 引用的 ${target} #${id} 不在年度数据中`);
  return local;
}

/** Reads one year out of the archive as package rows (the rows in the recycle bin included, so nothing is lost). */
export function readYearData(db: Database.Database, year: number): YearData {
  const picked: Picked = new Map();
  const tables: Record<string, Row[]> = {};
  const read = db.transaction(() => {
    for (const spec of packageTables) {
      const columns = packageColumns(db, spec);
      const raw = selectRows(db, spec.table, year, picked);
      const ids = new Map<number, number>();
      if (spec.key === 'id') raw.forEach((r, i) => ids.set(Number(r.id), i + 1));
      picked.set(spec.table, ids);
      const rows = raw.map((r) => {
        const out: Row = {};
        for (const c of columns) {
          if (c === 'id') out[c] = ids.get(Number(r.id)) ?? null;
          else if (spec.refs[c]) out[c] = localRef(picked, spec.refs[c], r[c], spec.table);
          else if (spec.table === 'attachments' && c === 'owner_id')
            out[c] = localRef(picked, ownerTables[String(r.owner_kind)], r[c], spec.table);
          else out[c] = r[c] ?? null;
        }
        return out;
      });
      if (spec.key === 'none') rows.sort(byContent(columns));
      tables[spec.table] = rows;
    }
    const blob = db.prepare('SELECT data FROM blobs WHERE sha256 = ?').pluck();
    for (const a of tables.attachments) {
      const sha = String(a.sha256);
      if (!blobs.has(sha)) blobs.set(sha, blob.get(sha) as Buffer);
    }
  });
  const blobs = new Map<string, Buffer>();
  // One read transaction: the files of a package show the archive at one moment.
  read();
  return { year, tables, blobs };
}

/** A table's rows as the JSON file holds them: two-space indent, a final newline, keys in column order. */
export const rowsJson = (rows: Row[]) => `${JSON.stringify(rows, null, 2)}\n`;
