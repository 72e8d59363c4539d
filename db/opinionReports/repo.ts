import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { adoptionProblem, type OpinionReport } from '../../shared/contract/opinionReports';
import { ArchiveError } from '../errors';
import { listFilter } from '../repo/listFilter';
import { memberLinks } from '../repo/memberLinks';
import { tableRepo } from '../repo/table';

/** A report's authors in their order; the first is the lead author. */
const authors = memberLinks({
  table: 'opinion_report_members',
  owner: 'report_id',
  role: '社情民意作者',
  orderBy: 'l.position, m.id',
  positioned: true,
});

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
  hydrate: (db, r) => ({ ...r, authors: authors.of(db, r.id) }),
});

type CreateInput = ParsedInput<'opinionReports.create'>;
type Patch = ParsedInput<'opinionReports.update'>['patch'];

export function createOpinionReport(db: Database.Database, input: CreateInput): OpinionReport {
  return opinionReportTable.create(db, input, (id) => authors.replace(db, id, input.authorIds ?? []));
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
    return opinionReportTable.update(db, id, patch, authorIds ? () => authors.replace(db, id, authorIds) : undefined);
  })();
}

const byAuthor =
  'EXISTS (SELECT 1 FROM opinion_report_members a WHERE a.report_id = opinion_reports.id AND a.member_id = @memberId)';

export function listOpinionReports(db: Database.Database, input: ParsedInput<'opinionReports.list'>) {
  const filter = listFilter(input.scope)
    .text(input.q, ['title', 'content', 'endorsement'])
    .equal('year', input.year)
    .equal('status', input.status)
    .equal('adopted_level', input.adoptedLevel)
    .when('memberId', input.memberId, byAuthor);
  const orderBy = 'year DESC, submitted_on IS NULL, submitted_on DESC, id DESC';
  return opinionReportTable.page(db, filter, { orderBy, limit: input.limit, offset: input.offset });
}
