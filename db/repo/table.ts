import type Database from 'better-sqlite3';
import type { AuditAction, Entity } from '../../shared/enums';
import type { Page, Stamped } from '../../shared/contract/fields';
import { audit } from '../audit/log';
import { ArchiveError, notFound } from '../errors';
import { prepared } from './statements';

/** How a field of the API object is kept in its column. */
export type FieldKind = 'text' | 'int' | 'bool' | 'json';

export const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The fields of a record type T that its table stores, by name: every key but the stamps and the
 * keys `Hydrated` that are read from elsewhere (a participant list, the authors' ids). Typing the
 * field map by them means a field added to the type and not to the map fails typecheck instead of
 * being dropped silently on create.
 */
export type StoredFields<T extends Stamped, Hydrated extends keyof T = never> = {
  [K in Exclude<keyof T, keyof Stamped | Hydrated>]-?: FieldKind;
};

export interface TableSpec<T extends Stamped, Hydrated extends keyof T = never> {
  table: string;
  entity: Entity;
  /** The Chinese name used in messages, e.g. 委员. */
  label: string;
  /** The stored fields of T (camelCase) with their storage kind. */
  fields: StoredFields<T, Hydrated>;
  /** Columns written with the row but kept out of the API object (a derived sort key). */
  writeOnly?: Record<string, FieldKind>;
  /** Defaults applied on create for fields the input leaves out. */
  defaults?: Partial<Record<string, unknown>>;
  /** A short Chinese description of one row for the audit log, e.g. 委员 张伟. */
  describe: (row: T) => string;
  /** Extra work after a row is read (e.g. attach participants). */
  hydrate?: (db: Database.Database, row: T) => T;
}

export type Scope = 'live' | 'deleted' | 'all' | undefined;

export function scopeWhere(scope: Scope, alias = ''): string {
  const col = `${alias}deleted_at`;
  if (scope === 'deleted') return `${col} IS NOT NULL`;
  if (scope === 'all') return '1';
  return `${col} IS NULL`;
}

/**
 * The plain-table half of every aggregate: read a row as its API object, and create, update,
 * soft-delete and restore it with an audit row each, inside one transaction.
 */
export function tableRepo<T extends Stamped, Hydrated extends keyof T = never>(spec: TableSpec<T, Hydrated>) {
  const fields: Record<string, FieldKind> = spec.fields;
  const keys = Object.keys(fields);
  const writeKeys = [...keys, ...Object.keys(spec.writeOnly ?? {})];
  // Worked out once per table, not per row and field: a list of 1,000 rows maps 20,000 fields.
  const columns = keys.map((key) => ({ key, column: snake(key), kind: fields[key] }));
  const converted = columns.filter((c) => c.kind === 'json' || c.kind === 'bool');
  /**
   * Reads name the API fields in SQL (name_initials AS nameInitials), so SQLite builds the API
   * object and only JSON and boolean fields are converted afterwards: mapping every field of
   * every row in JavaScript cost a list as much as the query itself.
   */
  const selectList = [
    'id',
    'created_at AS createdAt',
    'updated_at AS updatedAt',
    'deleted_at AS deletedAt',
    ...columns.map((c) => (c.column === c.key ? c.column : `${c.column} AS ${c.key}`)),
  ].join(', ');

  function fromSelected(row: Record<string, unknown>): T {
    for (const { key, kind } of converted) {
      const v = row[key];
      row[key] = kind === 'json' ? JSON.parse(String(v ?? '[]')) : v === 1;
    }
    return row as T;
  }

  function fromRow(row: Record<string, unknown>): T {
    const out: Record<string, unknown> = {
      id: row.id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      deletedAt: row.deleted_at ?? null,
    };
    for (const { key, column, kind } of columns) {
      const v = row[column];
      out[key] = kind === 'json' ? JSON.parse(String(v ?? '[]')) : kind === 'bool' ? v === 1 : (v ?? null);
    }
    return out as T;
  }

  function toColumn(key: string, v: unknown): unknown {
    const kind = fields[key] ?? spec.writeOnly?.[key];
    if (v === undefined) return undefined;
    if (kind === 'json') return JSON.stringify(v ?? []);
    if (kind === 'bool') return v ? 1 : 0;
    if (v === '') return null;
    return v;
  }

  function find(db: Database.Database, id: number): T | undefined {
    const row = prepared(db, `SELECT ${selectList} FROM ${spec.table} WHERE id = ?`).get(id) as
      Record<string, unknown> | undefined;
    if (!row) return undefined;
    const obj = fromSelected(row);
    return spec.hydrate ? spec.hydrate(db, obj) : obj;
  }

  function get(db: Database.Database, id: number, opts: { includeDeleted?: boolean } = {}): T {
    const obj = find(db, id);
    if (!obj || (obj.deletedAt && !opts.includeDeleted)) throw notFound(spec.label, id);
    return obj;
  }

  function insertRow(db: Database.Database, input: Record<string, unknown>): number {
    const values: Record<string, unknown> = {};
    for (const key of writeKeys) {
      const v = input[key] !== undefined ? input[key] : spec.defaults?.[key];
      const col = toColumn(key, v);
      if (col !== undefined) values[snake(key)] = col;
    }
    const cols = Object.keys(values);
    const sql = cols.length
      ? `INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`
      : `INSERT INTO ${spec.table} DEFAULT VALUES`;
    return Number(prepared(db, sql).run(values).lastInsertRowid);
  }

  function updateRow(db: Database.Database, id: number, patch: Record<string, unknown>): void {
    const values: Record<string, unknown> = { id };
    for (const key of writeKeys) {
      const col = toColumn(key, patch[key]);
      if (col !== undefined || patch[key] === null) values[snake(key)] = col ?? null;
    }
    const sets = Object.keys(values).filter((c) => c !== 'id');
    sets.push('updated_at');
    values.updated_at = new Date().toISOString();
    prepared(db, `UPDATE ${spec.table} SET ${sets.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(values);
  }

  /** The row as the change left it (in the bin, after a delete), logged with the row before. */
  function logged(
    db: Database.Database,
    id: number,
    action: AuditAction,
    before: T | undefined,
    summary: (after: T) => string,
  ): T {
    const after = get(db, id, { includeDeleted: action === 'delete' });
    audit(db, { entity: spec.entity, entityId: id, action, summary: summary(after), before, after });
    return after;
  }

  return {
    spec,
    fromRow,
    find,
    get,
    /**
     * Insert, then `after(id)` for child rows, then audit — all in one transaction. An import says
     * so in the audit log (`as`: action `import` and its own summary).
     */
    create(
      db: Database.Database,
      input: Record<string, unknown>,
      after?: (id: number) => void,
      as?: { action: AuditAction; summary(created: T): string },
    ): T {
      return db.transaction(() => {
        const id = insertRow(db, input);
        after?.(id);
        const summary = as ? as.summary : (created: T) => `新增${spec.describe(created)}`;
        return logged(db, id, as?.action ?? 'create', undefined, summary);
      })();
    },
    update(db: Database.Database, id: number, patch: Record<string, unknown>, after?: (id: number) => void): T {
      return db.transaction(() => {
        const before = get(db, id);
        updateRow(db, id, patch);
        after?.(id);
        return logged(db, id, 'update', before, (updated) => `修改${spec.describe(updated)}`);
      })();
    },
    softDelete(db: Database.Database, id: number): T {
      return db.transaction(() => {
        const before = get(db, id);
        const now = new Date().toISOString();
        prepared(db, `UPDATE ${spec.table} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(now, now, id);
        return logged(db, id, 'delete', before, () => `删除${spec.describe(before)}（移入回收站）`);
      })();
    },
    restore(db: Database.Database, id: number): T {
      return db.transaction(() => {
        const before = get(db, id, { includeDeleted: true });
        if (!before.deletedAt) throw new ArchiveError('CONFLICT', `${spec.describe(before)}不在回收站中，无需恢复。`);
        prepared(db, `UPDATE ${spec.table} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(
          new Date().toISOString(),
          id,
        );
        return logged(db, id, 'restore', before, (restored) => `恢复${spec.describe(restored)}`);
      })();
    },
    /** A page of rows matching the filter's `where` (SQL fragments joined by AND) in the given order. */
    page(
      db: Database.Database,
      filter: { where: string[]; params: Record<string, unknown> },
      order: { orderBy: string; limit?: number; offset?: number },
    ): Page<T> {
      const where = filter.where.length ? filter.where.join(' AND ') : '1';
      const total = (
        prepared(db, `SELECT count(*) AS n FROM ${spec.table} WHERE ${where}`).get(filter.params) as { n: number }
      ).n;
      const rows = prepared(
        db,
        `SELECT ${selectList} FROM ${spec.table} WHERE ${where} ORDER BY ${order.orderBy} LIMIT @limit OFFSET @offset`,
      ).all({ ...filter.params, limit: order.limit ?? 100, offset: order.offset ?? 0 }) as Record<string, unknown>[];
      const items = rows.map((r) => {
        const obj = fromSelected(r);
        return spec.hydrate ? spec.hydrate(db, obj) : obj;
      });
      return { items, total };
    },
  };
}
