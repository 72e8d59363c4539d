/** What crosses every boundary (IPC, HTTP, CLI): never a thrown Error, always one of these. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'CONSTRAINT'
  | 'SCHEMA_TOO_NEW'
  | 'ARCHIVE_LOCKED'
  | 'ARCHIVE_CORRUPT'
  | 'IO_ERROR'
  | 'INTERNAL';

export interface ResultError {
  code: ErrorCode;
  /** A Chinese sentence a clerk can act on. */
  message: string;
  /** For INVALID_INPUT: the offending field paths with their messages. */
  fields?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ResultError): Result<never> => ({ ok: false, error });
