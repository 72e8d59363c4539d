import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../shared/api';
import type { Attachment, AttachmentWithData } from '../../shared/contract/attachments';
import { assertOwnerExists } from './owners';
import { scopeWhere, tableRepo } from './table';

export const attachmentTable = tableRepo<Attachment>({
  table: 'attachments',
  entity: 'attachment',
  label: '附件',
  fields: {
    ownerKind: 'text',
    ownerId: 'int',
    name: 'text',
    mime: 'text',
    size: 'int',
    sha256: 'text',
    caption: 'text',
  },
  describe: (a) => `附件 ${a.name}`,
});

/** Stores the bytes once per SHA-256 (the same photo attached twice is one blob) and the attachment row. */
export function addAttachment(db: Database.Database, input: ParsedInput<'attachments.add'>): Attachment {
  const { dataBase64, ...meta } = input;
  const bytes = Buffer.from(dataBase64, 'base64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return db.transaction(() => {
    assertOwnerExists(db, meta.ownerKind, meta.ownerId);
    db.prepare('INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(
      sha256,
      bytes.length,
      bytes,
    );
    return attachmentTable.create(db, { ...meta, sha256, size: bytes.length });
  })();
}

export function listAttachments(db: Database.Database, input: ParsedInput<'attachments.list'>): Attachment[] {
  return attachmentTable.page(db, {
    where: [scopeWhere(input.scope), 'owner_kind = @ownerKind', 'owner_id = @ownerId'],
    params: { ownerKind: input.ownerKind, ownerId: input.ownerId },
    orderBy: 'id',
    limit: 1000,
  }).items;
}

export function attachmentWithData(db: Database.Database, id: number): AttachmentWithData {
  const a = attachmentTable.get(db, id);
  const blob = db.prepare('SELECT data FROM blobs WHERE sha256 = ?').get(a.sha256) as { data: Buffer };
  return { ...a, dataBase64: blob.data.toString('base64') };
}
