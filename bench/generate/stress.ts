import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { openArchive } from '../../db/archive';
import { createRng, type Rng } from '../../db/demo/random';
import { nameKey } from '../../db/members/order/nameKey';
import { nameInitials } from '../../db/search/initials';
import type { ActivityType, Attendance, Entity } from '../../shared/enums';
import { LAST_YEAR, type StressScale } from '../scale';
import { tableCounts } from './counts';
import { day, paragraph, personName, pools, randomDay, randomMobile, townshipNames } from './texts';

const typeCycle: ActivityType[] = [
  'study',
  'meeting',
  'reception',
  'research',
  'inspection',
  'reception',
  'supervision',
  'consultation',
  'charity',
  'study',
  'briefing',
  'fellowship',
  'research',
  'other',
];

/** Prepared once: the generator writes a million rows through these, with the schema's triggers on. */
function statements(db: Database.Database) {
  const insert = (table: string, cols: string[]) =>
    db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  return {
    member: insert('members', [
      'name',
      'name_initials',
      'name_key',
      'gender',
      'birth_date',
      'party',
      'sector',
      'work_unit',
      'phone',
      'linked_community',
      'group_role',
      'position',
      'status',
      'joined_on',
      'left_on',
      'term',
    ]),
    plan: insert('plan_items', ['year', 'month', 'period', 'title', 'activity_type']),
    activity: insert('activities', [
      'type',
      'title',
      'starts_on',
      'start_time',
      'end_time',
      'place',
      'content',
      'responsible',
      'organiser',
      'collective',
      'suggestions_count',
      'suggestions_text',
      'status',
    ]),
    participant: insert('activity_participants', ['activity_id', 'member_id', 'attendance', 'leave_reason']),
    proposal: insert('proposals', [
      'year',
      'session',
      'number',
      'title',
      'category',
      'content',
      'lead_member_id',
      'submitted_on',
      'filing',
      'main_unit',
      'result',
    ]),
    cosigner: insert('proposal_cosigners', ['proposal_id', 'member_id']),
    report: insert('opinion_reports', ['year', 'title', 'content', 'submitted_on', 'status', 'adopted_level']),
    author: insert('opinion_report_members', ['report_id', 'member_id', 'position']),
    deed: insert('deeds', ['member_id', 'year', 'title', 'happened_on', 'content', 'source']),
    dutyRecord: insert('duty_records', ['member_id', 'year', 'item_code', 'done_on', 'description']),
    document: insert('documents', ['year', 'kind', 'member_id', 'title', 'body']),
    audit: insert('audit_log', ['entity', 'entity_id', 'action', 'summary', 'after']),
  };
}

interface StressMember {
  id: number;
  name: string;
  joinedOn: string;
  leftOn: string | null;
}

/**
 * A district's merged archive: many townships' groups, each with its own members, activities and
 * records, every row as the app would store it (and an audit row per record, as the app writes).
 * Bulk inserts in one transaction: the dispatcher would take hours for a million rows.
 */
export async function generateStress(file: string, s: StressScale, seed: number): Promise<Record<string, number>> {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const rng: Rng = createRng(seed);
  const archive = await openArchive(file);
  const { db } = archive;
  // Generation only: a large page cache keeps the search index build in memory.
  db.pragma('cache_size = -524288');
  const st = statements(db);
  const audited = (entity: Entity, id: number | bigint, summary: string) =>
    st.audit.run({
      entity,
      entity_id: id,
      action: 'create',
      summary,
      after: JSON.stringify({ id: Number(id), summary }),
    });
  const firstYear = LAST_YEAR - s.years + 1;
  const initials = new Map<string, string>();
  const keys = new Map<string, string>();

  try {
    db.transaction(() => {
      db.prepare('UPDATE group_settings SET name = ?, parent_committee = ?, current_year = ?').run(
        '临江区政协各联络组（合并档案）',
        '临江区政协',
        LAST_YEAR,
      );
      for (const township of townshipNames(rng, s.townships)) {
        const members: StressMember[] = [];
        for (let i = 0; i < s.membersPerTownship; i++) {
          const { name, female } = personName(rng);
          if (!initials.has(name)) initials.set(name, nameInitials(name));
          if (!keys.has(name)) keys.set(name, nameKey(name, 'pinyin'));
          const joinedYear = i % 5 === 4 ? firstYear + rng.int(1, s.years - 1) : firstYear;
          const joinedOn = day(joinedYear, 1, 8);
          // A sixth leave a few years after joining; one leaving after the last year is still serving.
          const leftOn = i % 6 === 5 ? day(joinedYear + rng.int(1, 4), 7, 1) : null;
          const id = st.member.run({
            name,
            name_initials: initials.get(name),
            name_key: keys.get(name),
            gender: female ? 'female' : 'male',
            birth_date: day(rng.int(1960, 1990), rng.int(1, 12), rng.int(1, 28)),
            party: rng.pick(pools.parties),
            sector: rng.pick(pools.sectors),
            work_unit: `${township}${rng.pick(pools.workUnits)}`,
            phone: randomMobile(rng),
            linked_community: `${township}${rng.pick(['东', '西', '南', '北'])}村`,
            group_role: i === 0 ? 'leader' : i === 1 ? 'deputy_leader' : i === 2 ? 'liaison' : 'none',
            position: i < 2 ? 'standing' : 'member',
            status: leftOn && leftOn < day(LAST_YEAR, 1, 1) ? 'left' : 'active',
            joined_on: joinedOn,
            left_on: leftOn && leftOn < day(LAST_YEAR, 1, 1) ? leftOn : null,
            term: '第三届',
          }).lastInsertRowid;
          audited('member', id, `新增委员 ${name}`);
          members.push({ id: Number(id), name, joinedOn, leftOn });
        }
        for (let year = firstYear; year <= LAST_YEAR; year++) {
          const midYear = day(year, 6, 30);
          const roster = members.filter((m) => m.joinedOn <= midYear && (!m.leftOn || m.leftOn >= midYear));
          writeYear(st, rng, s, township, year, roster, audited);
        }
      }
    })();
    return tableCounts(db);
  } finally {
    archive.close();
  }
}

type Statements = ReturnType<typeof statements>;
type Audited = (entity: Entity, id: number | bigint, summary: string) => void;

function writeYear(
  st: Statements,
  rng: Rng,
  s: StressScale,
  township: string,
  year: number,
  roster: StressMember[],
  audited: Audited,
) {
  for (let m = 1; m <= 12; m++) {
    const title = `${m}月：${rng.pick(pools.activityTitles)}`;
    audited(
      'plan_item',
      st.plan.run({ year, month: m, period: 'mid', title, activity_type: rng.pick(typeCycle) }).lastInsertRowid,
      `新增计划事项 ${title}`,
    );
  }
  for (let i = 0; i < s.activitiesPerTownshipYear; i++) {
    const startsOn = day(year, 1 + Math.floor((i * 12) / s.activitiesPerTownshipYear), rng.int(1, 28));
    const type = typeCycle[(i + rng.int(0, 3)) % typeCycle.length];
    const status = rng.chance(0.04)
      ? 'cancelled'
      : year === LAST_YEAR && startsOn >= day(year, 12, 1)
        ? 'planned'
        : 'held';
    const title = `${township}${rng.pick(pools.activityTitles)}`;
    const id = st.activity.run({
      type,
      title,
      starts_on: startsOn,
      start_time: '09:00',
      end_time: '11:30',
      place: rng.pick(pools.places),
      content: paragraph(rng, pools.activitySentences, 1, 3),
      responsible: roster[0]?.name ?? null,
      organiser: `${township}政协联络组`,
      collective: type === 'meeting' || type === 'study' ? 1 : 0,
      suggestions_count: rng.int(0, 5),
      suggestions_text: rng.chance(0.3) ? rng.pick(pools.suggestionSentences) : null,
      status,
    }).lastInsertRowid;
    audited('activity', id, `新增活动 ${startsOn} ${title}`);
    if (status !== 'held') continue;
    for (const m of rng.sample(roster, rng.int(Math.max(1, s.sheetSize - 6), s.sheetSize + 6))) {
      const r = rng.next();
      const attendance: Attendance = r < 0.82 ? 'present' : r < 0.95 ? 'excused' : 'absent';
      st.participant.run({
        activity_id: id,
        member_id: m.id,
        attendance,
        leave_reason: attendance === 'excused' ? '外出参加培训学习' : null,
      });
    }
  }
  for (let i = 0; i < s.proposalsPerTownshipYear; i++) {
    const [lead, ...cosigners] = rng.sample(roster, rng.int(1, 4));
    const accepted = rng.chance(0.7);
    const title = rng.pick(pools.proposalTitles);
    const id = st.proposal.run({
      year,
      session: `第${year - 2012}次会议`,
      number: accepted ? `第${String(i + 1).padStart(4, '0')}号` : null,
      title,
      category: rng.pick(pools.proposalCategories),
      content: paragraph(rng, pools.proposalSentences, 1, 3),
      lead_member_id: lead?.id ?? null,
      submitted_on: day(year, 1, rng.int(5, 28)),
      filing: accepted ? 'accepted' : rng.pick(['pending', 'not_accepted', 'converted']),
      main_unit: accepted ? rng.pick(pools.mainUnits) : null,
      result: accepted ? rng.pick(['A', 'B', 'C']) : null,
    }).lastInsertRowid;
    for (const c of cosigners) st.cosigner.run({ proposal_id: id, member_id: c.id });
    audited('proposal', id, `新增提案“${title}”`);
  }
  for (let i = 0; i < s.reportsPerTownshipYear; i++) {
    const status = rng.pick(['submitted', 'submitted', 'adopted', 'draft']);
    const title = rng.pick(pools.reportTitles);
    const id = st.report.run({
      year,
      title,
      content: paragraph(rng, pools.reportSentences, 1, 2),
      submitted_on: status === 'draft' ? null : randomDay(rng, year),
      status,
      adopted_level: status === 'adopted' ? rng.pick(['county', 'city', 'province']) : null,
    }).lastInsertRowid;
    rng
      .sample(roster, rng.int(1, 2))
      .forEach((m, position) => st.author.run({ report_id: id, member_id: m.id, position }));
    audited('opinion_report', id, `新增社情民意“${title}”`);
  }
  for (let i = 0; i < s.deedsPerTownshipYear; i++) {
    const title = rng.pick(pools.deedTitles);
    const id = st.deed.run({
      member_id: rng.pick(roster).id,
      year,
      title,
      happened_on: randomDay(rng, year),
      content: paragraph(rng, pools.deedSentences, 1, 2),
      source: '区融媒体中心',
    }).lastInsertRowid;
    audited('deed', id, `新增先进事迹“${title}”`);
  }
  for (const m of rng.sample(roster, Math.min(roster.length, s.dutyRecordsPerTownshipYear))) {
    const id = st.dutyRecord.run({
      member_id: m.id,
      year,
      item_code: 'liaison',
      done_on: randomDay(rng, year),
      description: `走访联系村，听取群众意见`,
    }).lastInsertRowid;
    audited('duty_record', id, `新增履职记录 ${m.name} ${year}年 一次挂钩活动`);
  }
  for (const kind of ['annual_plan', 'half_year_summary', 'annual_summary']) {
    const title = `${township}${year}年${kind === 'annual_plan' ? '工作计划' : kind === 'half_year_summary' ? '上半年工作小结' : '工作总结'}`;
    audited(
      'document',
      st.document.run({ year, kind, member_id: null, title, body: paragraph(rng, pools.activitySentences, 8, 14) })
        .lastInsertRowid,
      `新增文档“${title}”`,
    );
  }
  for (const m of rng.sample(roster, Math.floor(roster.length / 3))) {
    const title = `${m.name}委员${year}年度履职小结`;
    audited(
      'document',
      st.document.run({
        year,
        kind: 'member_summary',
        member_id: m.id,
        title,
        body: paragraph(rng, pools.activitySentences, 3, 6),
      }).lastInsertRowid,
      `新增文档“${title}”`,
    );
  }
}
