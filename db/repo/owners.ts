import type Database from 'better-sqlite3';
import type { AttachmentOwnerKind } from '../../shared/contract/attachments';
import { Entity } from '../../shared/enums';
import { recordKinds } from '../../shared/recordKinds';
import { ArchiveError, notFound } from '../errors';


/** Refuses to hang something (an attachment, say) on a record that does not exist or lies in the recycle bin. */
export function assertOwnerExists(db: Database.Database, kind: AttachmentOwnerKind, id: number): void {
  const row = db.prepare(`SELECT deleted_at AS deletedAt FROM ${recordKinds[kind].table} WHERE id = ?`).get(id) as
    { deletedAt: string | null } | undefined;
  const what = Entity.label(kind);
  if (!row) throw notFound(what, id);
  if (row.deletedAt) throw new ArchiveError('CONFLICT', `编号为 ${id} 的${what}在回收站中，请先从回收站恢复。`);
}
