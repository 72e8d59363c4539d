import type Database from 'better-sqlite3';
import type { AttachmentOwnerKind } from '../../shared/contract/attachments';
import { listAttachments } from '../attachments/repo';

/** Image types both Word (docx) and Chromium can show. */
const printable: Record<string, Photo['type']> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
};

/** A photo attached to a record; its bytes are read only when a file is written. */
export interface Photo {
  id: number;
  name: string;
  caption: string | null;
  sha256: string;
  type: 'jpg' | 'png' | 'gif' | 'bmp';
}

export function photosOf(db: Database.Database, ownerKind: AttachmentOwnerKind, ownerId: number): Photo[] {
  return listAttachments(db, { ownerKind, ownerId }).flatMap((a) =>
    printable[a.mime]
      ? [{ id: a.id, name: a.name, caption: a.caption, sha256: a.sha256, type: printable[a.mime] }]
      : [],
  );
}

/** Reads a photo's bytes from the archive by its SHA-256. */
export type PhotoBytes = (sha256: string) => Buffer;

export function photoReader(db: Database.Database): PhotoBytes {
  const stmt = db.prepare('SELECT data FROM blobs WHERE sha256 = ?');
  return (sha256) => (stmt.get(sha256) as { data: Buffer }).data;
}
