import type { Input, MethodName, Output } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { call } from '../api/client';
import { changedFields } from '../forms/changedFields';

type Prefix<M> = M extends `${infer A}.${string}` ? A : never;

/** Aggregates of the contract whose records are created, updated, deleted to the recycle bin and restored. */
export type RecordAggregate = {
  [A in Prefix<MethodName>]: [`${A}.create` | `${A}.update` | `${A}.delete` | `${A}.restore`] extends [MethodName]
    ? A
    : never;
}[Prefix<MethodName>];

/** One of the aggregate's methods, e.g. `proposals.list`. */
export type MethodOf<A extends string, Verb extends string> = `${A}.${Verb}` & MethodName;
export type RecordOf<A extends RecordAggregate> = Output<MethodOf<A, 'delete'>>;
export type RecordInput<A extends RecordAggregate> = Input<MethodOf<A, 'create'>> & object;

export interface RecordWrites<A extends RecordAggregate> {
  /** Creates, or updates with only the changed fields when `before` is given. */
  save(input: RecordInput<A>, before?: { id: number; input: RecordInput<A> }): Promise<Result<RecordOf<A>>>;
  remove(id: number): Promise<Result<RecordOf<A>>>;
  restore(id: number): Promise<Result<RecordOf<A>>>;
}

/**
 * Save, delete and restore through `<aggregate>.create` / `.update` / `.delete` / `.restore`;
 * after each that succeeds, `afterChange` reads again what the page shows.
 */
export function recordWrites<A extends RecordAggregate>(
  aggregate: A,
  afterChange: () => Promise<unknown>,
): RecordWrites<A> {
  // The names are built at run time; RecordAggregate checks at compile time that they exist.
  const send = async (verb: 'create' | 'update' | 'delete' | 'restore', input: unknown) => {
    const r = (await call(`${aggregate}.${verb}` as MethodName, input as never)) as Result<RecordOf<A>>;
    if (r.ok) await afterChange();
    return r;
  };
  return {
    save: (input, before) =>
      before ? send('update', { id: before.id, patch: changedFields(before.input, input) }) : send('create', input),
    remove: (id) => send('delete', { id }),
    restore: (id) => send('restore', { id }),
  };
}
