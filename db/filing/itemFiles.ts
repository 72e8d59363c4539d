import type Database from 'better-sqlite3';
import { safeFileName } from '../export/folder';
import type { FilingItem, FilingKind } from '../../shared/filing';
import { itemPdfName } from '../package/itemPdfs';

/** The attachments table's owner_kind for each kind of item. */
const ownerKind: Record<FilingKind, string> = {
  activity: 'activity',
  document: 'document',
  proposal: 'proposal',
  opinionReport: 'opinion_report',
  deed: 'deed',
};

/** Each kind's table and the column holding its text (the item's 正文). */
const bodyOf: Record<FilingKind, { table: string; column: string }> = {
  activity: { table: 'activities', column: 'content' },
  document: { table: 'documents', column: 'body' },
  proposal: { table: 'proposals', column: 'content' },
  opinionReport: { table: 'opinion_reports', column: 'content' },
  deed: { table: 'deeds', column: 'content' },
};

export interface ItemAttachment {
  /** Its name inside the item's folder: the original name, made safe and unique. */
  fileName: string;
  originalName: string;
  mime: string;
  caption: string | null;
  bytes: Buffer;
}

/** An item's own attachments (materials, photos) in the order they were added, their bytes read. */
export function itemAttachments(db: Database.Database, item: FilingItem): ItemAttachment[] {
  const rows = db
    .prepare(
      `SELECT a.name, a.mime, a.caption, b.data FROM attachments a JOIN blobs b ON b.sha256 = a.sha256
       WHERE a.owner_kind = ? AND a.owner_id = ? AND a.deleted_at IS NULL ORDER BY a.id`,
    )
    .all(ownerKind[item.kind], item.recordId) as { name: string; mime: string; caption: string | null; data: Buffer }[];
  // The names the item's own files take: its text, its metadata and its PDF (cut from the volume).
  const reserved = new Set(['metadata.json', '正文.txt', itemPdfName(item).toLowerCase()]);
  const used = new Set<string>();
  return rows.map((r) => {
    const safe = safeFileName(r.name);
    const dot = safe.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
    let name = safe;
    for (let n = 2; used.has(name.toLowerCase()) || reserved.has(name.toLowerCase()); n++) name = `${stem}（${n}）${ext}`;
    used.add(name.toLowerCase());
    return { fileName: name, originalName: r.name, mime: r.mime, caption: r.caption, bytes: r.data };
  });
}

/** The item's text as typed in the archive ('' when it has none). */
export function itemBody(db: Database.Database, item: FilingItem): string {
  const { table, column } = bodyOf[item.kind];
  const v = db.prepare(`SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(item.recordId) as string | null;
  return (v ?? '').trim();
}
