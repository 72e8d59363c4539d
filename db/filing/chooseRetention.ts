import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { filingKindLabels, retentionLabels } from '../../shared/filing';
import { audit } from '../audit/log';
import { ArchiveError } from '../errors';
import { yearItems } from './yearItems';

/** Sets (or with null clears) the 保管期限 the clerk chose for one item of the year. */
export function chooseRetention(db: Database.Database, input: ParsedInput<'filing.setRetention'>): void {
  db.transaction(() => {
    const item = yearItems(db, input.year).find((i) => i.kind === input.kind && i.recordId === input.recordId);
    if (!item) {
      throw new ArchiveError(
        'NOT_FOUND',
        `${input.year} 年度的归档文件中没有这件${filingKindLabels[input.kind]}（编号 ${input.recordId}），它可能已删除、未开展或仍是草稿。`,
      );
    }
    if (input.retention === null) {
      db.prepare('DELETE FROM filing_retention WHERE kind = ? AND record_id = ?').run(input.kind, input.recordId);
    } else {
      db.prepare(
        `INSERT INTO filing_retention (kind, record_id, retention) VALUES (?, ?, ?)
         ON CONFLICT (kind, record_id) DO UPDATE SET retention = excluded.retention, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
      ).run(input.kind, input.recordId, input.retention);
    }
    const to = input.retention === null ? '该类默认' : retentionLabels[input.retention];
    audit(db, {
      entity: 'filing',
      entityId: null,
      action: 'update',
      summary: `${item.archivalCode}《${item.title}》保管期限改为${to}`,
      before: { kind: item.kind, recordId: item.recordId, retention: item.retention },
      after: { kind: item.kind, recordId: item.recordId, retention: input.retention },
    });
  })();
}
