import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { ownerProblem, type ArchiveDocument } from '../../shared/contract/documents';
import { ArchiveError } from '../errors';
import { assertLiveMembers, memberName } from '../repo/liveMembers';
import { listFilter } from '../repo/listFilter';
import { tableRepo } from '../repo/table';

export const documentTable = tableRepo<ArchiveDocument, 'memberName'>({
  table: 'documents',
  entity: 'document',
  label: '文档',
  fields: { year: 'int', kind: 'text', memberId: 'int', title: 'text', body: 'text' },
  describe: (d) => `文档“${d.title}”`,
  hydrate: (db, d) => ({ ...d, memberName: memberName(db, d.memberId) }),
});

const summaryAuthor = '委员履职小结的委员';

/**
 * The table stores an empty body as '' (NOT NULL), while the generic row writer turns '' into
 * NULL; so an empty body is left out of the row write: on create the column default gives '',
 * on update this sets it.
 */
const clearBody = (db: Database.Database) => (id: number) =>
  db.prepare(`UPDATE documents SET body = '' WHERE id = ?`).run(id);

export function createDocument(db: Database.Database, input: ParsedInput<'documents.create'>): ArchiveDocument {
  return db.transaction(() => {
    if (input.memberId) assertLiveMembers(db, [input.memberId], summaryAuthor);
    return documentTable.create(db, { ...input, body: input.body || undefined });
  })();
}

export function updateDocument(
  db: Database.Database,
  id: number,
  patch: ParsedInput<'documents.update'>['patch'],
): ArchiveDocument {
  return db.transaction(() => {
    const before = documentTable.get(db, id);
    const problem = ownerProblem({
      kind: patch.kind ?? before.kind,
      memberId: patch.memberId !== undefined ? patch.memberId : before.memberId,
    });
    if (problem) throw new ArchiveError('INVALID_INPUT', problem);
    if (patch.memberId)
      assertLiveMembers(db, [patch.memberId], summaryAuthor, before.memberId ? [before.memberId] : []);
    const emptied = patch.body === '';
    return documentTable.update(
      db,
      id,
      { ...patch, body: emptied ? undefined : patch.body },
      emptied ? clearBody(db) : undefined,
    );
  })();
}

const kindOrder = `CASE kind WHEN 'annual_plan' THEN 1 WHEN 'half_year_summary' THEN 2 WHEN 'annual_summary' THEN 3
  WHEN 'member_summary' THEN 4 ELSE 5 END`;

export function listDocuments(db: Database.Database, input: ParsedInput<'documents.list'>) {
  const filter = listFilter(input.scope)
    .text(input.q, ['title', 'body'])
    .equal('year', input.year)
    .equal('kind', input.kind)
    .equal('member_id', input.memberId);
  const orderBy = `year DESC, ${kindOrder}, (SELECT m.name_key FROM members m WHERE m.id = member_id), id`;
  return documentTable.page(db, filter, { orderBy, limit: input.limit, offset: input.offset });
}
