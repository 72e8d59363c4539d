import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { adoptionProblem, type OpinionReport } from '../../shared/contract/opinionReports';
import { ArchiveError } from '../errors';
import { likeEscape } from '../members/repo';
import { authorsOf, replaceAuthors } from './authors';
import { scopeWhere, tableRepo } from '../repo/table';

export const opinionReportTable = tableRepo<OpinionReport, 'authors'>({
  table: 'opinion_reports',
  entity: 'opinion_report',
  label: '社情民意',
  fields: {
    year: 'int',
    title: 'text',
    content: 'text',
    submittedOn: 'text',
    status: 'text',
    adoptedLevel: 'text',
    adoptedOn: 'text',
    endorsement: 'text',
    endorsedBy: 'text',
    endorsedOn: 'text',
    notes: 'text',
  },
  defaults: { status: 'submitted' },
  describe: (r) => `社情民意“${r.title}”`,
  hydrate: (db, r) => ({ ...r, authors: authorsOf(db, r.id) }),
});

type CreateInput = ParsedInput<'opinionReports.create'>;
type Patch = ParsedInput<'opinionReports.update'>['patch'];

export function createOpinionReport(db: Database.Database, input: CreateInput): OpinionReport {
  return opinionReportTable.create(db, input, (id) => replaceAuthors(db, id, input.authorIds ?? []));
}

export function updateOpinionReport(db: Database.Database, id: number, patch: Patch): OpinionReport {
  return db.transaction(() => {
    const before = opinionReportTable.get(db, id);
    const pick = <K extends 'status' | 'adoptedLevel' | 'adoptedOn'>(k: K) =>
      patch[k] !== undefined ? patch[k] : before[k];
    const problem = adoptionProblem({
      status: pick('status'),
      adoptedLevel: pick('adoptedLevel'),
      adoptedOn: pick('adoptedOn'),
    });
    if (problem) throw new ArchiveError('INVALID_INPUT', problem);
    const { authorIds } = patch;
    return opinionReportTable.update(db, id, patch, authorIds ? () => replaceAuthors(db, id, authorIds) : undefined);
  })();
}

export function listOpinionReports(db: Database.Database, input: ParsedInput<'opinionReports.list'>) {
  const where = [scopeWhere(input.scope)];
  const params: Record<string, unknown> = {};
  const q = input.q?.trim();
  if (q) {
    params.q = `%${likeEscape(q)}%`;
    where.push(`(title LIKE @q ESCAPE '\\' OR content LIKE @q ESCAPE '\\' OR endorsement LIKE @q ESCAPE '\\')`);
  }
  if (input.year) {
    where.push('year = @year');
    params.year = input.year;
  }
  if (input.status) {
    where.push('status = @status');
    params.status = input.status;
  }
  if (input.adoptedLevel) {
    where.push('adopted_level = @adoptedLevel');
    params.adoptedLevel = input.adoptedLevel;
  }
  if (input.memberId) {
    where.push(
      'EXISTS (SELECT 1 FROM opinion_report_members a WHERE a.report_id = opinion_reports.id AND a.member_id = @memberId)',
    );
    params.memberId = input.memberId;
  }
  return opinionReportTable.page(db, {
    where,
    params,
    orderBy: 'year DESC, submitted_on IS NULL, submitted_on DESC, id DESC',
    limit: input.limit,
    offset: input.offset,
  });
}
