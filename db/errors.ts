import type { ErrorCode } from '../shared/result';

/** An error the archive library means to tell the clerk about; the message is Chinese. */
export class ArchiveError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export const notFound = (what: string, id: number | string) =>
  new ArchiveError('NOT_FOUND', `找不到编号为 ${id} 的${what}，它可能已被删除。`);
