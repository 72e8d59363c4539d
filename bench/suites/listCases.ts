import type Database from 'better-sqlite3';
import type { MethodName } from '../../shared/api';
import { live, like, year, type QueryCase } from './queryCase';
import { authorsOf, cosignersOf, nameOf, rawPage, sheetOf } from './rawPage';

/** Every list the UI issues: first pages, a year's page, filters, the calendar, the pickers, the audit trail. */
export function listCases(db: Database.Database): QueryCase[] {
  const membersByName = rawPage(db, 'members', live, 'name_key, id');
  const membersBySector = rawPage(db, 'members', live, 'sector IS NULL, sector, name_key, id');
  const membersOfSector = rawPage(db, 'members', `${live} AND sector = @sector`, 'name_key, id');
  const membersSearch = rawPage(
    db,
    'members',
    `${live} AND (name LIKE @q ESCAPE '\\' OR name_initials LIKE @qi ESCAPE '\\' OR phone LIKE @q ESCAPE '\\' OR sector LIKE @q ESCAPE '\\'
      OR work_unit LIKE @q ESCAPE '\\' OR linked_community LIKE @q ESCAPE '\\')`,
    'name_key, id',
  );
  const activeNames = db.prepare(
    `SELECT id, name, name_initials AS nameInitials, sector, status FROM members INDEXED BY members_names
     WHERE ${live} AND (@status IS NULL OR status = @status) ORDER BY name_key, id`,
  );
  const dateDesc = 'starts_on DESC, start_time DESC, id DESC';
  const activitiesOfYear = rawPage(db, 'activities', `${live} AND year = @year`, dateDesc, [sheetOf]);
  const activitiesOfType = rawPage(db, 'activities', `${live} AND year = @year AND type = @type`, dateDesc, [sheetOf]);
  const inRange = `${live} AND year = @year AND coalesce(ends_on, starts_on) >= @from AND starts_on <= @to`;
  const activitiesOfQuarter = rawPage(db, 'activities', inRange, dateDesc, [sheetOf]);
  const monthCounts = db.prepare(
    `SELECT CAST(substr(starts_on, 6, 2) AS INTEGER) AS month, count(*) AS n FROM activities
     WHERE ${live} AND year = @year GROUP BY month`,
  );
  const calendarMonth = db.prepare(
    `SELECT id, type, title, status, starts_on AS startsOn, ends_on AS endsOn, start_time AS startTime,
            end_time AS endTime, place
     FROM activities WHERE deleted_at IS NULL AND starts_on BETWEEN @back AND @to AND coalesce(ends_on, starts_on) >= @from
     ORDER BY starts_on, start_time, id LIMIT 2001`,
  );
  const activitiesSearch = rawPage(
    db,
    'activities',
    `${live} AND (title LIKE @q ESCAPE '\\' OR place LIKE @q ESCAPE '\\' OR content LIKE @q ESCAPE '\\') AND year = @year`,
    dateDesc,
    [sheetOf],
  );
  const activitiesFirstPage = rawPage(db, 'activities', live, dateDesc, [sheetOf]);
  const byYearDate = (date: string) => `year DESC, ${date} IS NULL, ${date} DESC, id DESC`;
  const proposals = rawPage(db, 'proposals', `${live} AND year = @year`, byYearDate('submitted_on'), [
    nameOf('lead_member_id'),
    cosignersOf,
  ]);
  const proposalsFiled = rawPage(
    db,
    'proposals',
    `${live} AND year = @year AND filing = @filing`,
    byYearDate('submitted_on'),
    [nameOf('lead_member_id'), cosignersOf],
  );
  const opinionReports = rawPage(db, 'opinion_reports', `${live} AND year = @year`, byYearDate('submitted_on'), [
    authorsOf,
  ]);
  const reportsAdopted = rawPage(
    db,
    'opinion_reports',
    `${live} AND year = @year AND status = 'adopted'`,
    byYearDate('submitted_on'),
    [authorsOf],
  );
  const deeds = rawPage(db, 'deeds', `${live} AND year = @year`, byYearDate('happened_on'), [nameOf('member_id')]);
  const kindOrder = `CASE kind WHEN 'annual_plan' THEN 1 WHEN 'half_year_summary' THEN 2 WHEN 'annual_summary' THEN 3
    WHEN 'member_summary' THEN 4 ELSE 5 END`;
  const documents = rawPage(
    db,
    'documents',
    `${live} AND year = @year`,
    `year DESC, ${kindOrder}, (SELECT m.name_key FROM members m WHERE m.id = member_id), id`,
    [nameOf('member_id')],
  );
  const auditCount = db.prepare('SELECT count(*) FROM audit_log').pluck();
  const auditPage = db.prepare(
    'SELECT id, at, actor, entity, entity_id AS entityId, action, summary, before, after FROM audit_log ORDER BY id DESC LIMIT ? OFFSET 0',
  );
  const auditOfEntityCount = db.prepare('SELECT count(*) FROM audit_log WHERE entity = ?').pluck();
  const auditOfEntity = db.prepare(
    'SELECT id, at, actor, entity, entity_id AS entityId, action, summary, before, after FROM audit_log WHERE entity = ? ORDER BY id DESC LIMIT ? OFFSET 0',
  );

  /** One list the UI shows, and the same rows read raw. */
  const list = (name: string, method: MethodName, input: Record<string, unknown>, raw: () => unknown): QueryCase => ({
    area: 'list',
    name,
    method,
    input,
    raw,
  });
  return [
    list('members first page (50, by name)', 'members.list', { limit: 50, offset: 0 }, () => membersByName({}, 50)),
    list('members sorted by sector', 'members.list', { orderBy: 'sector', limit: 50 }, () => membersBySector({}, 50)),
    list('members filtered by sector', 'members.list', { sector: '农业界', limit: 50 }, () =>
      membersOfSector({ sector: '农业界' }, 50),
    ),
    list('members search "张"', 'members.list', { q: '张', limit: 50 }, () =>
      membersSearch({ q: like('张'), qi: '张%' }, 50),
    ),
    list('serving members to pick (attendance sheet)', 'members.names', { status: 'active' }, () =>
      activeNames.all({ status: 'active' }),
    ),
    list('activities first page (50)', 'activities.list', { limit: 50 }, () => activitiesFirstPage({}, 50)),
    list(
      'activities of the year, first page (50)',
      'activities.list',
      { year, orderBy: 'dateDesc', limit: 50, offset: 0 },
      () => activitiesOfYear({ year }, 50),
    ),
    list(
      'activities year, type filter',
      'activities.list',
      { year, type: 'research', orderBy: 'dateDesc', limit: 50, offset: 0 },
      () => activitiesOfType({ year, type: 'research' }, 50),
    ),
    list(
      'activities year, one quarter',
      'activities.list',
      { year, from: `${year}-04-01`, to: `${year}-06-30`, orderBy: 'dateDesc', limit: 50, offset: 0 },
      () => activitiesOfQuarter({ year, from: `${year}-04-01`, to: `${year}-06-30` }, 50),
    ),
    // The calendar looks 62 days back for activities begun before the month.
    list('activities calendar, one month', 'activities.calendar', { from: `${year}-05-01`, to: `${year}-05-31` }, () =>
      calendarMonth.all({ back: `${year}-02-28`, from: `${year}-05-01`, to: `${year}-05-31` }),
    ),
    list('activities calendar, the year (count per month)', 'activities.monthCounts', { year }, () =>
      monthCounts.all({ year }),
    ),
    list(
      'activities year, search "调研"',
      'activities.list',
      { year, q: '调研', orderBy: 'dateDesc', limit: 50, offset: 0 },
      () => activitiesSearch({ year, q: like('调研') }, 50),
    ),
    list('proposals of the year, first page (50)', 'proposals.list', { year, limit: 50, offset: 0 }, () =>
      proposals({ year }, 50),
    ),
    list('proposals year, accepted', 'proposals.list', { year, filing: 'accepted', limit: 50, offset: 0 }, () =>
      proposalsFiled({ year, filing: 'accepted' }, 50),
    ),
    list('opinion reports of the year, first page (50)', 'opinionReports.list', { year, limit: 50, offset: 0 }, () =>
      opinionReports({ year }, 50),
    ),
    list(
      'opinion reports, year, adopted count (one row)',
      'opinionReports.list',
      { year, status: 'adopted', limit: 1 },
      () => reportsAdopted({ year }, 1),
    ),
    list('deeds of the year, first page (50)', 'deeds.list', { year, limit: 50, offset: 0 }, () => deeds({ year }, 50)),
    list('documents of the year, first page (50)', 'documents.list', { year, limit: 50, offset: 0 }, () =>
      documents({ year }, 50),
    ),
    list('audit log first page (50)', 'audit.list', { limit: 50 }, () => [auditCount.get(), auditPage.all(50)]),
    list('audit log, one entity', 'audit.list', { entity: 'activity', limit: 50 }, () => [
      auditOfEntityCount.get('activity'),
      auditOfEntity.all('activity', 50),
    ]),
  ];
}
