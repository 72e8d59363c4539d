import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../shared/api';
import type { Attachment, AttachmentWithData } from '../../shared/contract/attachments';
import { isCheckedType, sniffType } from './sniff';
import { ArchiveError } from '../errors';
import { assertOwnerExists } from '../repo/owners';
import { listFilter } from '../repo/listFilter';
import { tableRepo } from '../repo/table';

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
/**
 * A file said to be a photo or a PDF must be one: a renamed document would show as a broken
 * thumbnail and break the printed volume. A photo of another image type keeps its real type.
 */
function checkedMime(name: string, declared: string, bytes: Buffer): string {
  if (!isCheckedType(declared)) return declared;
  const actual = sniffType(bytes);
  const sameFamily = actual !== null && actual.split('/')[0] === declared.split('/')[0];
  if (!sameFamily) {
    const what = declared === 'application/pdf' ? 'PDF 文件' : '图片';
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${name}”不是有效的${what}（文件内容与类型 ${declared} 不符），请确认选对了文件。`,
    );
  }
  return actual;
}

export function addAttachment(db: Database.Database, input: ParsedInput<'attachments.add'>): Attachment {
  const { dataBase64, ...meta } = input;
  const bytes = Buffer.from(dataBase64, 'base64');
  const mime = checkedMime(meta.name, meta.mime, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return db.transaction(() => {
    assertOwnerExists(db, meta.ownerKind, meta.ownerId);
    db.prepare('INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(
      sha256,
      bytes.length,
      bytes,
    );
    return attachmentTable.create(db, { ...meta, mime, sha256, size: bytes.length });
  })();
}

export function listAttachments(db: Database.Database, input: ParsedInput<'attachments.list'>): Attachment[] {
  const filter = listFilter(input.scope).equal('owner_kind', input.ownerKind).equal('owner_id', input.ownerId);
  return attachmentTable.page(db, filter, { orderBy: 'id', limit: 1000 }).items;
}

export function attachmentWithData(db: Database.Database, id: number): AttachmentWithData {
  const a = attachmentTable.get(db, id);
  const blob = db.prepare('SELECT data FROM blobs WHERE sha256 = ?').get(a.sha256) as { data: Buffer };
  return { ...a, dataBase64: blob.data.toString('base64') };
}
