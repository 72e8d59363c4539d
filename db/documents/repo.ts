import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { ownerProblem, type ArchiveDocument } from '../../shared/contract/documents';
import { ArchiveError } from '../errors';
import { assertLiveMembers, memberName } from '../repo/liveMembers';
import { likeEscape } from '../members/repo';
import { scopeWhere, tableRepo } from '../repo/table';

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
  const where = [scopeWhere(input.scope)];
  const params: Record<string, unknown> = {};
  const q = input.q?.trim();
  if (q) {
    params.q = `%${likeEscape(q)}%`;
    where.push(`(title LIKE @q ESCAPE '\\' OR body LIKE @q ESCAPE '\\')`);
  }
  if (input.year) {
    where.push('year = @year');
    params.year = input.year;
  }
  if (input.kind) {
    where.push('kind = @kind');
    params.kind = input.kind;
  }
  if (input.memberId) {
    where.push('member_id = @memberId');
    params.memberId = input.memberId;
  }
  return documentTable.page(db, {
    where,
    params,
    orderBy: `year DESC, ${kindOrder}, (SELECT m.name_key FROM members m WHERE m.id = member_id), id`,
    limit: input.limit,
    offset: input.offset,
  });
}
