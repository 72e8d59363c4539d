import type Database from 'better-sqlite3';
import type { MethodName } from '../../shared/api';
import { LAST_YEAR } from '../scale';
import { authorsOf, cosignersOf, nameOf, rawPage, sheetOf } from './rawPage';

export type Area = 'list' | 'search' | 'matrix' | 'stats' | 'memberFile';

/** One read the UI issues: the contract call, and the same SQL run raw for the ratio. */
export interface QueryCase {
  area: Area;
  name: string;
  method: MethodName;
  input: Record<string, unknown>;
  raw: () => unknown;
}

const year = LAST_YEAR;
const live = 'deleted_at IS NULL';
const like = (q: string) => `%${q}%`;

/** The member with the fullest year: the 履职档案 with the most rows to read. */
function busiestMember(db: Database.Database): number {
  return db
    .prepare(
      `SELECT p.member_id FROM activity_participants p JOIN activities a ON a.id = p.activity_id
       WHERE a.year = ? GROUP BY p.member_id ORDER BY count(*) DESC, p.member_id LIMIT 1`,
    )
    .pluck()
    .get(year) as number;
}

function listCases(db: Database.Database): QueryCase[] {
  const membersByName = rawPage(db, 'members', live, 'name_initials, name, id');
  const membersBySector = rawPage(db, 'members', live, 'sector IS NULL, sector, name_initials, id');
  const membersOfSector = rawPage(db, 'members', `${live} AND sector = @sector`, 'name_initials, name, id');
  const membersSearch = rawPage(
    db,
    'members',
    `${live} AND (name LIKE @q ESCAPE '\\' OR name_initials LIKE @qi ESCAPE '\\' OR phone LIKE @q ESCAPE '\\' OR sector LIKE @q ESCAPE '\\'
      OR work_unit LIKE @q ESCAPE '\\' OR linked_community LIKE @q ESCAPE '\\')`,
    'name_initials, name, id',
  );
  const activeNames = db.prepare(
    `SELECT id, name, name_initials AS nameInitials, sector, status FROM members INDEXED BY members_names
     WHERE ${live} AND (@status IS NULL OR status = @status) ORDER BY name_initials, name, id`,
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
  const reports = rawPage(db, 'opinion_reports', `${live} AND year = @year`, byYearDate('submitted_on'), [authorsOf]);
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
    `year DESC, ${kindOrder}, (SELECT m.name_initials FROM members m WHERE m.id = member_id), id`,
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
      name: 'reports of the year, first page (50)',
      method: 'reports.list',
      input: { year, limit: 50, offset: 0 },
      raw: () => reports({ year }, 50),
    },
    {
      area: 'list',
      name: 'reports year, adopted count (one row)',
      method: 'reports.list',
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

const ROWID_FACTOR = 10_000_000_000;

function searchCases(db: Database.Database): QueryCase[] {
  const limit = 50;
  // 3+ characters: is the word in more than 2,000 rows? then bm25, or title hits newest first.
  const beyondRanked = db.prepare(
    'SELECT 1 FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET 2000',
  );
  const ranked = db
    .prepare(
      'SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, 10.0, 1.0), rowid DESC LIMIT ?',
    )
    .pluck();
  const newest = db
    .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?')
    .pluck();
  const row = db.prepare('SELECT rowid, title, body FROM search_index WHERE rowid = ?');
  const fts = (phrase: string) => {
    const common = beyondRanked.get(phrase) !== undefined;
    let ids = (common ? newest.all(`title : (${phrase})`, limit) : ranked.all(phrase, limit)) as number[];
    if (common && ids.length < limit)
      ids = [...new Set([...ids, ...(newest.all(phrase, limit + ids.length) as number[])])];
    return ids.slice(0, limit).map((id) => row.get(id));
  };
  // 1-2 characters: each kind newest first from the index's content table, stopping at the limit.
  const short = db.prepare(
    `SELECT rowid, title, body FROM (SELECT id AS rowid, c0 AS title, c1 AS body FROM search_index_content WHERE id >= @lo AND id < @hi)
     WHERE (title LIKE @s0 ESCAPE '\\' OR body LIKE @s0 ESCAPE '\\') ORDER BY rowid DESC LIMIT @limit`,
  );
  const shortWord = (word: string) => {
    const rows: unknown[] = [];
    for (let code = 1; code <= 6 && rows.length < limit; code++) {
      rows.push(
        ...short.all({
          s0: like(word),
          lo: code * ROWID_FACTOR,
          hi: (code + 1) * ROWID_FACTOR,
          limit: limit - rows.length,
        }),
      );
    }
    return rows;
  };
  const initials = db.prepare(
    `SELECT 1 * ${ROWID_FACTOR} + m.id AS rowid, m.name AS title, coalesce(s.body, '') AS body
     FROM members m LEFT JOIN search_index s ON s.rowid = 1 * ${ROWID_FACTOR} + m.id
     WHERE m.deleted_at IS NULL AND m.name_initials LIKE @prefix ESCAPE '\\'
     ORDER BY m.name_initials, m.name, m.id LIMIT @limit`,
  );
  return [
    {
      area: 'search',
      name: 'search 4 chars (FTS) "污水处理"',
      method: 'search.query',
      input: { query: '污水处理' },
      raw: () => fts('"污水处理"'),
    },
    {
      area: 'search',
      name: 'search 3 chars (FTS) "联络组"',
      method: 'search.query',
      input: { query: '联络组' },
      raw: () => fts('"联络组"'),
    },
    {
      area: 'search',
      name: 'search 2 chars (LIKE) "养老"',
      method: 'search.query',
      input: { query: '养老' },
      raw: () => shortWord('养老'),
    },
    {
      area: 'search',
      name: 'search 2 chars, rare (LIKE over every row) "俞伟"',
      method: 'search.query',
      input: { query: '俞伟' },
      raw: () => shortWord('俞伟'),
    },
    {
      area: 'search',
      name: 'search pinyin initials "zw"',
      method: 'search.query',
      input: { query: 'zw' },
      raw: () => initials.all({ prefix: 'zw%', limit }),
    },
  ];
}

/**
 * The SQL of the year's 八个一 counts (the scheme, the serving members, each crediting source's
 * members as one JSON array per key), without the cells counted from it.
 */
function matrixSql(db: Database.Database) {
  const scheme = [
    db.prepare('SELECT scheme_id FROM year_schemes WHERE year = ?').pluck(),
    db.prepare('SELECT id, name, preset FROM duty_schemes WHERE id = ?'),
    db.prepare('SELECT * FROM duty_scheme_items WHERE scheme_id = ? ORDER BY position, id'),
  ];
  const serving = db.prepare(
    `SELECT id, name, sector FROM members WHERE deleted_at IS NULL AND (joined_on IS NULL OR joined_on <= @last)
     AND (left_on IS NULL OR left_on >= @first) AND NOT (status = 'left' AND left_on IS NULL) ORDER BY name_initials, name, id`,
  );
  const keyed = (inner: string) =>
    db.prepare(
      `SELECT key, json_group_array(member) FROM (${inner}) WHERE key IN (SELECT value FROM json_each(@keys)) GROUP BY key`,
    );
  const attendance = keyed(
    `SELECT a.type AS key, p.member_id AS member FROM activities a JOIN activity_participants p ON p.activity_id = a.id
     WHERE a.deleted_at IS NULL AND a.year = @year AND a.status = 'held' AND p.attendance = 'present'`,
  );
  const records = keyed(
    'SELECT item_code AS key, member_id AS member FROM duty_records WHERE deleted_at IS NULL AND year = @year',
  );
  const kinds = [
    `SELECT NULL, json_group_array(member) FROM (
       SELECT lead_member_id AS member FROM proposals WHERE deleted_at IS NULL AND year = @year AND lead_member_id IS NOT NULL
       UNION ALL SELECT c.member_id FROM proposals p JOIN proposal_cosigners c ON c.proposal_id = p.id
       WHERE p.deleted_at IS NULL AND p.year = @year AND c.member_id IS NOT p.lead_member_id)`,
    `SELECT NULL, json_group_array(a.member_id) FROM opinion_reports r JOIN opinion_report_members a ON a.report_id = r.id
     WHERE r.deleted_at IS NULL AND r.year = @year AND r.status <> 'draft'`,
    `SELECT NULL, json_group_array(member_id) FROM deeds WHERE deleted_at IS NULL AND year = @year AND member_id IS NOT NULL`,
    `SELECT NULL, json_group_array(member_id) FROM documents WHERE deleted_at IS NULL AND year = @year AND kind = 'member_summary'`,
  ].map((sql) => db.prepare(sql));
  const types = JSON.stringify(['research', 'inspection', 'supervision', 'reception', 'charity']);
  return () => {
    scheme[0].get(year);
    scheme[1].get(1);
    const codes = JSON.stringify((scheme[2].all(1) as { code: string }[]).map((i) => i.code));
    const members = serving.raw().all({ first: `${year}-01-01`, last: `${year}-12-31` });
    const rows = [
      attendance.raw().all({ year, keys: types }),
      ...kinds.map((k) => k.raw().all({ year })),
      records.raw().all({ year, keys: codes }),
    ];
    return [members, rows];
  };
}

function yearCases(db: Database.Database): QueryCase[] {
  const matrix = matrixSql(db);
  const stats = [
    db.prepare(
      `SELECT type, status, collective, (CAST(substr(starts_on, 6, 2) AS INTEGER) + 2) / 3 AS quarter, count(*) AS n
       FROM activities WHERE deleted_at IS NULL AND year = ? AND status IN ('held', 'planned') GROUP BY type, status, collective, quarter`,
    ),
    db.prepare(
      `SELECT id, type, title, starts_on AS startsOn FROM activities WHERE deleted_at IS NULL AND year = ? AND status = 'held' ORDER BY starts_on, id`,
    ),
    db
      .prepare(
        `SELECT p.activity_id, p.member_id, p.attendance FROM activities a JOIN activity_participants p ON p.activity_id = a.id
       WHERE a.deleted_at IS NULL AND a.year = ? AND a.status = 'held'`,
      )
      .raw(),
    db.prepare(
      'SELECT filing, result, count(*) AS n FROM proposals WHERE deleted_at IS NULL AND year = ? GROUP BY filing, result',
    ),
    db.prepare(
      'SELECT status, adopted_level AS level, count(*) AS n FROM opinion_reports WHERE deleted_at IS NULL AND year = ? GROUP BY status, adopted_level',
    ),
  ];
  const memberId = busiestMember(db);
  const q = { memberId, year };
  const file = [
    db.prepare('SELECT * FROM members WHERE id = ?'),
    db.prepare(
      `SELECT a.id, a.type, a.title, a.starts_on AS startsOn, a.place, p.attendance, p.leave_reason AS leaveReason, p.role
       FROM activity_participants p JOIN activities a ON a.id = p.activity_id
       WHERE p.member_id = @memberId AND a.deleted_at IS NULL AND a.year = @year AND a.status = 'held' ORDER BY a.starts_on, a.start_time, a.id`,
    ),
    db.prepare(
      `SELECT id, title, number, submitted_on AS submittedOn, CASE WHEN lead_member_id = @memberId THEN 'lead' ELSE 'cosigner' END AS role,
              filing, result, satisfaction FROM proposals WHERE deleted_at IS NULL AND year = @year
         AND (lead_member_id = @memberId OR id IN (SELECT proposal_id FROM proposal_cosigners WHERE member_id = @memberId))
       ORDER BY submitted_on NULLS LAST, id`,
    ),
    db.prepare(
      `SELECT r.id, r.title, r.submitted_on AS submittedOn, r.status, r.adopted_level AS adoptedLevel, r.endorsement
       FROM opinion_reports r JOIN opinion_report_members a ON a.report_id = r.id
       WHERE a.member_id = @memberId AND r.deleted_at IS NULL AND r.year = @year ORDER BY r.submitted_on NULLS LAST, r.id`,
    ),
    db.prepare(
      `SELECT id, title, happened_on AS happenedOn, source FROM deeds WHERE member_id = @memberId AND deleted_at IS NULL AND year = @year ORDER BY happened_on NULLS LAST, id`,
    ),
    db.prepare(
      `SELECT id, item_code AS itemCode, done_on AS doneOn, description, evidence FROM duty_records WHERE member_id = @memberId AND deleted_at IS NULL AND year = @year ORDER BY done_on NULLS LAST, id`,
    ),
    db.prepare(
      `SELECT id, title, body, updated_at AS updatedAt FROM documents WHERE kind = 'member_summary' AND member_id = @memberId
       AND deleted_at IS NULL AND year = @year ORDER BY updated_at DESC, id DESC LIMIT 1`,
    ),
  ];
  // One member's crediting rows, as duty.evidence and the member's file read them.
  const evidence = [
    `SELECT a.type, a.id, a.title, a.starts_on FROM activities a JOIN activity_participants p ON p.activity_id = a.id
     WHERE a.deleted_at IS NULL AND a.year = @year AND a.status = 'held' AND p.attendance = 'present' AND p.member_id = @memberId
     ORDER BY 4, 2`,
    `SELECT * FROM (SELECT NULL, id, title, submitted_on FROM proposals WHERE deleted_at IS NULL AND year = @year AND lead_member_id = @memberId
       UNION ALL SELECT NULL, p.id, p.title, p.submitted_on FROM proposals p JOIN proposal_cosigners c ON c.proposal_id = p.id
       WHERE p.deleted_at IS NULL AND p.year = @year AND c.member_id IS NOT p.lead_member_id AND c.member_id = @memberId)
     ORDER BY 4 NULLS LAST, 2`,
    `SELECT NULL, r.id, r.title, r.submitted_on FROM opinion_reports r JOIN opinion_report_members a ON a.report_id = r.id
     WHERE r.deleted_at IS NULL AND r.year = @year AND r.status <> 'draft' AND a.member_id = @memberId ORDER BY 4 NULLS LAST, 2`,
    `SELECT NULL, id, title, happened_on FROM deeds WHERE deleted_at IS NULL AND year = @year AND member_id = @memberId
     ORDER BY 4 NULLS LAST, 2`,
    `SELECT NULL, id, title, substr(created_at, 1, 10) FROM documents
     WHERE deleted_at IS NULL AND year = @year AND kind = 'member_summary' AND member_id = @memberId ORDER BY 2`,
    `SELECT item_code, id, description, done_on FROM duty_records WHERE deleted_at IS NULL AND year = @year AND member_id = @memberId
     ORDER BY 4 NULLS LAST, 2`,
  ].map((sql) => db.prepare(sql));
  const evidenceOf = () => evidence.map((e) => e.raw().all(q));
  return [
    { area: 'matrix', name: '八个一 matrix of the year', method: 'duty.matrix', input: { year }, raw: matrix },
    {
      area: 'matrix',
      name: `八个一 evidence of the busiest member (#${memberId})`,
      method: 'duty.evidence',
      input: q,
      raw: evidenceOf,
    },
    {
      area: 'stats',
      name: 'yearly statistics',
      method: 'stats.year',
      input: { year },
      raw: () => [stats.map((s) => s.all(year)), matrix()],
    },
    {
      area: 'memberFile',
      name: `履职档案 of the busiest member (#${memberId})`,
      method: 'members.dutyFile',
      input: q,
      // The file credits its one member from that member's crediting rows (as duty.evidence reads them).
      raw: () => [file[0].get(memberId), file.slice(1).map((s) => s.all(q)), evidenceOf()],
    },
  ];
}

export function queryCases(db: Database.Database): QueryCase[] {
  return [...listCases(db), ...searchCases(db), ...yearCases(db)];
}
