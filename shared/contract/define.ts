import type { z } from 'zod';

/**
 * One method of the contract: its input schema (checked at run time before any handler runs)
 * and its output type (checked at compile time on both sides).
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** A short Chinese description, shown by `meta.methods`. */
  summary: string;
  /** Type-level only: never read at run time. */
  readonly __output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(summary: string, input: I): MethodDef<I, O> => ({ input, summary });
}
