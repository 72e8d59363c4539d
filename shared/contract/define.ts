import type { z } from 'zod';

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
