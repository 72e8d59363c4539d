import type Database from 'better-sqlite3';
import type { MethodName, Output, ParsedInput } from '../../shared/api';
import { recordKinds, type RecyclableKind } from '../../shared/recordKinds';
import type { Handler } from './context';

/** A method of the kind's namespace (shared/recordKinds.ts `methods`): `Method<'deed', 'get'>` is 'deeds.get'. */
type Method<K extends RecyclableKind, V extends string> = `${(typeof recordKinds)[K]['methods']}.${V}` & MethodName;
type PatchOf<I> = I extends { patch: infer P } ? P : never;
type RecordMethod = 'list' | 'get' | 'create' | 'update' | 'delete' | 'restore';

type RecordHandlers<K extends RecyclableKind> = {
  [V in RecordMethod as Method<K, V>]: Handler<Method<K, V>>;
};

/** What a kind's table repository (tableRepo) gives every kind alike. */
interface StoredRows<T> {
  spec: { table: string };
  get(db: Database.Database, id: number): T;
  softDelete(db: Database.Database, id: number): T;
  restore(db: Database.Database, id: number): T;
}

/** The reads and writes each kind has of its own: its filters, and what it checks before writing. */
interface OwnMethods<K extends RecyclableKind> {
  list(db: Database.Database, input: ParsedInput<Method<K, 'list'>>): Output<Method<K, 'list'>>;
  create(db: Database.Database, input: ParsedInput<Method<K, 'create'>>): Output<Method<K, 'create'>>;
  update(
    db: Database.Database,
    id: number,
    patch: PatchOf<ParsedInput<Method<K, 'update'>>>,
  ): Output<Method<K, 'update'>>;
  /** Instead of the table's soft delete or restore, where the kind checks more (a scheme still bound to a year …). */
  delete?(db: Database.Database, id: number): Output<Method<K, 'delete'>>;
  restore?(db: Database.Database, id: number): Output<Method<K, 'restore'>>;
}

/**
 * The six methods every record kind of the registry answers — list, get, create, update, delete
 * (to the recycle bin), restore — named from its namespace in shared/recordKinds.ts: get, delete
 * and restore come from the table repository (unless the kind gives its own delete or restore),
 * list, create and update are the kind's own.
 * A kind with more methods spreads this into its HandlersFor map and adds them (or overrides one).
 */
export function recordHandlers<K extends RecyclableKind>(
  kind: K,
  table: StoredRows<Output<Method<K, 'get'>>>,
  own: OwnMethods<K>,
): RecordHandlers<K> {
  const { methods, table: tableName } = recordKinds[kind];
  if (table.spec.table !== tableName) {
    throw new Error(`${kind} is kept in ${tableName} (shared/recordKinds.ts), not in ${table.spec.table}.`);
  }
  type Db = { db: Database.Database };
  type Id = { id: number };
  const handlers: Record<`${string}.${RecordMethod}`, (ctx: Db, input: never) => unknown> = {
    [`${methods}.list`]: ({ db }: Db, input: ParsedInput<Method<K, 'list'>>) => own.list(db, input),
    [`${methods}.get`]: ({ db }: Db, { id }: Id) => table.get(db, id),
    [`${methods}.create`]: ({ db }: Db, input: ParsedInput<Method<K, 'create'>>) => own.create(db, input),
    [`${methods}.update`]: ({ db }: Db, { id, patch }: Id & { patch: PatchOf<ParsedInput<Method<K, 'update'>>> }) =>
      own.update(db, id, patch),
    [`${methods}.delete`]: ({ db }: Db, { id }: Id) => (own.delete ? own.delete(db, id) : table.softDelete(db, id)),
    [`${methods}.restore`]: ({ db }: Db, { id }: Id) => (own.restore ? own.restore(db, id) : table.restore(db, id)),
  };
  return handlers as unknown as RecordHandlers<K>;
}
