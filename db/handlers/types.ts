import type Database from 'better-sqlite3';
import type { MethodName, Output, ParsedInput } from '../../shared/api';
import type { Progress } from '../../shared/transport';
import type { Archive } from '../archive';

export interface Context {
  archive: Archive;
  db: Database.Database;
  progress: (p: Progress) => void;
}

export type Handler<M extends MethodName> = (ctx: Context, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;

/** The handlers of every method whose name starts with `prefix.`, all of them, checked at compile time. */
export type HandlersFor<P extends string> = { [M in MethodName as M extends `${P}.${string}` ? M : never]: Handler<M> };
