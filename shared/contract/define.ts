import { z } from 'zod';
import { recordKinds, type RecyclableKind } from '../recordKinds';
import { byId, id, type Page } from './fields';

/**
 * One method of the contract: its input schema (checked at run time before any handler runs)
 * and its output type (checked at compile time on both sides).
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** A short Chinese description, shown by `meta.methods`. */
  summary: string;
  /** A read: its handler is given the archive's read-only connection, so it cannot write. */
  reads?: true;
  /** Type-level only: never read at run time. */
  readonly __output?: O;
}

/** A method that may change the archive. */
export function method<O>() {
  return <I extends z.ZodType>(summary: string, input: I): MethodDef<I, O> => ({ input, summary });
}

/** A method that only reads the archive: it runs on the read-only connection. */
export function query<O>() {
  return <I extends z.ZodType>(summary: string, input: I): MethodDef<I, O> => ({ input, summary, reads: true });
}

type ById = typeof byId;
/** Methods of a kind's namespace, e.g. `activities.delete`, taking I and answering R. */
type KindMethods<K extends RecyclableKind, Name extends string, I extends z.ZodType, R> = Record<
  `${(typeof recordKinds)[K]['methods']}.${Name}`,
  MethodDef<I, R>
>;

/**
 * `<ns>.delete` and `<ns>.restore` of a kind the recycle bin keeps, named and worded from the
 * registry (shared/recordKinds.ts): 删除活动（移入回收站）, 从回收站恢复活动.
 */
export function binMethods<R>() {
  return <K extends RecyclableKind>(kind: K, deleteSummary?: string) => {
    const { methods, label } = recordKinds[kind];
    return {
      [`${methods}.delete`]: method<R>()(deleteSummary ?? `删除${label}（移入回收站）`, byId),
      [`${methods}.restore`]: method<R>()(`从回收站恢复${label}`, byId),
    } as KindMethods<K, 'delete' | 'restore', ById, R>;
  };
}

/** An update names the row and gives the fields to change, checked by `patch`. */
const patchInput = <P extends z.ZodType>(patch: P) => z.object({ id, patch }).strict();

/** What a kind's own methods say and take; delete and restore are worded from the registry. */
interface RecordMethodSpec<L extends z.ZodType, C extends z.ZodType, U extends z.ZodType> {
  /** A page of the kind's rows, filtered by the input. */
  list?: [summary: string, input: L];
  get: string;
  create: [summary: string, input: C];
  /** `update` takes `{ id, patch }`, the patch checked by this schema. */
  update: [summary: string, patch: U];
  /** When deleting has more to say than 删除…（移入回收站）. */
  delete?: string;
}

/** The methods of a kind the clerk keeps rows of: (list,) get, create, update, delete and restore. */
export function recordMethods<R>() {
  return <K extends RecyclableKind, C extends z.ZodType, U extends z.ZodType, L extends z.ZodType = never>(
    kind: K,
    spec: RecordMethodSpec<L, C, U>,
  ) => {
    const ns = recordKinds[kind].methods;
    return {
      ...(spec.list && { [`${ns}.list`]: query<Page<R>>()(...spec.list) }),
      [`${ns}.get`]: query<R>()(spec.get, byId),
      [`${ns}.create`]: method<R>()(...spec.create),
      [`${ns}.update`]: method<R>()(spec.update[0], patchInput(spec.update[1])),
      ...binMethods<R>()(kind, spec.delete),
    } as ([L] extends [never] ? unknown : KindMethods<K, 'list', L, Page<R>>) &
      KindMethods<K, 'get', ById, R> &
      KindMethods<K, 'create', C, R> &
      KindMethods<K, 'update', ReturnType<typeof patchInput<U>>, R> &
      KindMethods<K, 'delete' | 'restore', ById, R>;
  };
}
