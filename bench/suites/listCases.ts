import type Database from 'better-sqlite3';
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
  const opinionReports = rawPage(db, 'opinion_reports', `${live} AND year = @year`, byYearDate('submitted_on'), [authorsOf]);
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

  return [
    {
      area: 'list',
      name: 'members first page (50, by name)',
      method: 'members.list',
      input: { limit: 50, offset: 0 },
      raw: () => membersByName({}, 50),
    },
    {
      area: 'list',
      name: 'members sorted by sector',
      method: 'members.list',
      input: { orderBy: 'sector', limit: 50 },
      raw: () => membersBySector({}, 50),
    },
    {
      area: 'list',
      name: 'members filtered by sector',
      method: 'members.list',
      input: { sector: '农业界', limit: 50 },
      raw: () => membersOfSector({ sector: '农业界' }, 50),
    },
    {
      area: 'list',
      name: 'members search "张"',
      method: 'members.list',
      input: { q: '张', limit: 50 },
      raw: () => membersSearch({ q: like('张'), qi: '张%' }, 50),
    },
    {
      area: 'list',
      name: 'serving members to pick (attendance sheet)',
      method: 'members.names',
      input: { status: 'active' },
      raw: () => activeNames.all({ status: 'active' }),
    },
    {
      area: 'list',
      name: 'activities first page (50)',
      method: 'activities.list',
      input: { limit: 50 },
      raw: () => activitiesFirstPage({}, 50),
    },
    {
      area: 'list',
      name: 'activities of the year, first page (50)',
      method: 'activities.list',
      input: { year, orderBy: 'dateDesc', limit: 50, offset: 0 },
      raw: () => activitiesOfYear({ year }, 50),
    },
    {
      area: 'list',
      name: 'activities year, type filter',
      method: 'activities.list',
      input: { year, type: 'research', orderBy: 'dateDesc', limit: 50, offset: 0 },
      raw: () => activitiesOfType({ year, type: 'research' }, 50),
    },
    {
      area: 'list',
      name: 'activities year, one quarter',
      method: 'activities.list',
      input: { year, from: `${year}-04-01`, to: `${year}-06-30`, orderBy: 'dateDesc', limit: 50, offset: 0 },
      raw: () => activitiesOfQuarter({ year, from: `${year}-04-01`, to: `${year}-06-30` }, 50),
    },
    {
      area: 'list',
      name: 'activities calendar, one month',
      method: 'activities.calendar',
      input: { from: `${year}-05-01`, to: `${year}-05-31` },
      // The calendar looks 62 days back for activities begun before the month.
      raw: () => calendarMonth.all({ back: `${year}-02-28`, from: `${year}-05-01`, to: `${year}-05-31` }),
    },
    {
      area: 'list',
      name: 'activities calendar, the year (count per month)',
      method: 'activities.monthCounts',
      input: { year },
      raw: () => monthCounts.all({ year }),
    },
    {
      area: 'list',
      name: 'activities year, search "调研"',
      method: 'activities.list',
      input: { year, q: '调研', orderBy: 'dateDesc', limit: 50, offset: 0 },
      raw: () => activitiesSearch({ year, q: like('调研') }, 50),
    },
    {
      area: 'list',
      name: 'proposals of the year, first page (50)',
      method: 'proposals.list',
      input: { year, limit: 50, offset: 0 },
      raw: () => proposals({ year }, 50),
    },
    {
      area: 'list',
      name: 'proposals year, accepted',
      method: 'proposals.list',
      input: { year, filing: 'accepted', limit: 50, offset: 0 },
      raw: () => proposalsFiled({ year, filing: 'accepted' }, 50),
    },
    {
      area: 'list',
      name: 'opinion reports of the year, first page (50)',
      method: 'opinionReports.list',
      input: { year, limit: 50, offset: 0 },
      raw: () => opinionReports({ year }, 50),
    },
    {
      area: 'list',
      name: 'opinion reports, year, adopted count (one row)',
      method: 'opinionReports.list',
      input: { year, status: 'adopted', limit: 1 },
      raw: () => reportsAdopted({ year }, 1),
    },
    {
      area: 'list',
      name: 'deeds of the year, first page (50)',
      method: 'deeds.list',
      input: { year, limit: 50, offset: 0 },
      raw: () => deeds({ year }, 50),
    },
    {
      area: 'list',
      name: 'documents of the year, first page (50)',
      method: 'documents.list',
      input: { year, limit: 50, offset: 0 },
      raw: () => documents({ year }, 50),
    },
    {
      area: 'list',
      name: 'audit log first page (50)',
      method: 'audit.list',
      input: { limit: 50 },
      raw: () => [auditCount.get(), auditPage.all(50)],
    },
    {
      area: 'list',
      name: 'audit log, one entity',
      method: 'audit.list',
      input: { entity: 'activity', limit: 50 },
      raw: () => [auditOfEntityCount.get('activity'), auditOfEntity.all('activity', 50)],
    },
  ];
}
