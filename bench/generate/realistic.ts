import fs from 'node:fs';
import type { Activity } from '../../shared/contract/activities';
import type { Member } from '../../shared/contract/members';
import { ActivityType } from '../../shared/enums';
import { openArchive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import { unwrapping, type Call } from '../../db/demo/client';
import { createRng, type Rng } from '../../db/demo/random';
import { LAST_YEAR, type RealisticScale } from '../scale';
import { tableCounts } from './counts';
import { syntheticPhoto } from './photo';
import { day, paragraph, personName, pools, randomDay, randomMobile } from './texts';

/** A group's year leans on study, meetings and reception days, with some of everything else. */
const typeWeights: [ActivityType, number][] = [
  ['study', 6],
  ['meeting', 5],
  ['reception', 6],
  ['research', 5],
  ['inspection', 4],
  ['supervision', 3],
  ['consultation', 3],
  ['charity', 3],
  ['briefing', 2],
  ['fellowship', 2],
  ['other', 1],
];
const weightedTypes = typeWeights.flatMap(([t, w]) => Array<ActivityType>(w).fill(t));

const serving = (members: Member[], on: string) =>
  members.filter((m) => (!m.joinedOn || m.joinedOn <= on) && (!m.leftOn || m.leftOn >= on));

async function writeMembers(call: Call, rng: Rng, s: RealisticScale, firstYear: number): Promise<Member[]> {
  const out: Member[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < s.members; i++) {
    let person = personName(rng);
    while (taken.has(person.name)) person = personName(rng);
    taken.add(person.name);
    // Most joined with the group; a sixth joined at a later term, a tenth left in the middle years.
    const joinedYear = i % 6 === 5 ? firstYear + rng.int(1, s.years - 1) : firstYear;
    const leaves = i % 10 === 9 && joinedYear + 1 < LAST_YEAR;
    out.push(
      await call('members.create', {
        name: person.name,
        gender: person.female ? 'female' : 'male',
        birthDate: day(rng.int(1960, 1990), rng.int(1, 12), rng.int(1, 28)),
        party: rng.pick(pools.parties),
        sector: rng.pick(pools.sectors),
        workUnit: rng.pick(pools.workUnits),
        phone: randomMobile(rng),
        linkedCommunity: `${rng.pick(['东', '西', '南', '北', '新', '青'])}${rng.pick(['湖', '岭', '塘', '桥'])}村`,
        groupRole: i === 0 ? 'leader' : i < 3 ? 'deputy_leader' : i === 3 ? 'liaison' : 'none',
        position: i < 3 ? 'standing' : 'member',
        joinedOn: day(joinedYear, 1, 8),
        ...(leaves ? { status: 'left' as const, leftOn: day(rng.int(joinedYear + 1, LAST_YEAR - 1), 7, 1) } : {}),
      }),
    );
  }
  return out;
}

async function writeActivities(call: Call, rng: Rng, s: RealisticScale, year: number, members: Member[]) {
  const written: Activity[] = [];
  for (let i = 0; i < s.activitiesPerYear; i++) {
    const month = 1 + Math.floor((i * 12) / s.activitiesPerYear);
    const startsOn = day(year, month, rng.int(1, 28));
    const type = rng.pick(weightedTypes);
    const roster = serving(members, startsOn);
    const collective = type === 'meeting' || type === 'study';
    const invited = collective ? roster : rng.sample(roster, rng.int(6, 20));
    const status = year === LAST_YEAR && month === 12 ? 'planned' : rng.chance(0.03) ? 'cancelled' : 'held';
    written.push(
      await call('activities.create', {
        type,
        title: `${rng.pick(pools.activityTitles)}${rng.chance(0.3) ? `（第${rng.int(2, 4)}场）` : ''}`,
        startsOn,
        startTime: '09:00',
        endTime: '11:30',
        place: rng.pick(pools.places),
        content: paragraph(rng, pools.activitySentences, 2, 5),
        responsible: roster[0]?.name,
        collective,
        suggestionsCount: rng.int(0, 6),
        suggestionsText: rng.chance(0.5) ? paragraph(rng, pools.suggestionSentences, 1, 3) : undefined,
        status,
        participants:
          status === 'held'
            ? invited.map((m) => {
                const r = rng.next();
                return r < 0.82
                  ? { memberId: m.id, attendance: 'present' as const }
                  : r < 0.95
                    ? { memberId: m.id, attendance: 'excused' as const, leaveReason: '单位有重要接待任务' }
                    : { memberId: m.id, attendance: 'absent' as const };
              })
            : [],
      }),
    );
  }
  return written;
}

async function writeRecords(call: Call, rng: Rng, s: RealisticScale, year: number, members: Member[]) {
  const roster = serving(members, day(year, 6, 30));
  for (let i = 0; i < s.proposalsPerYear; i++) {
    const [lead, ...cosigners] = rng.sample(roster, rng.int(1, 5));
    const accepted = rng.chance(0.7);
    await call('proposals.create', {
      year,
      session: `第${year - 2012}次会议`,
      number: accepted ? `第${String(rng.int(10, 299)).padStart(4, '0')}号` : null,
      title: rng.pick(pools.proposalTitles),
      category: rng.pick(pools.proposalCategories),
      content: paragraph(rng, pools.proposalSentences, 3, 7),
      leadMemberId: lead.id,
      cosignerIds: cosigners.map((m) => m.id),
      submittedOn: day(year, 1, rng.int(5, 28)),
      filing: accepted ? 'accepted' : rng.pick(['pending', 'not_accepted', 'converted'] as const),
      mainUnit: accepted ? rng.pick(pools.mainUnits) : null,
      result: accepted ? rng.pick(['A', 'B', 'C'] as const) : null,
    });
  }
  for (let i = 0; i < s.reportsPerYear; i++) {
    const status = rng.pick(['submitted', 'submitted', 'adopted', 'draft'] as const);
    await call('opinionReports.create', {
      year,
      title: rng.pick(pools.reportTitles),
      content: paragraph(rng, pools.reportSentences, 2, 5),
      authorIds: rng.sample(roster, rng.int(1, 2)).map((m) => m.id),
      submittedOn: status === 'draft' ? null : randomDay(rng, year),
      status,
      adoptedLevel: status === 'adopted' ? rng.pick(['county', 'city', 'province'] as const) : null,
    });
  }
  for (let i = 0; i < s.deedsPerYear; i++) {
    await call('deeds.create', {
      memberId: rng.pick(roster).id,
      year,
      title: rng.pick(pools.deedTitles),
      happenedOn: randomDay(rng, year),
      content: paragraph(rng, pools.deedSentences, 1, 3),
      source: '区融媒体中心',
    });
  }
  for (const m of rng.sample(roster, Math.floor(roster.length / 3))) {
    await call('dutyRecords.create', {
      memberId: m.id,
      year,
      itemCode: 'liaison',
      doneOn: randomDay(rng, year),
      description: `走访${m.linkedCommunity ?? '联系村'}，听取群众意见`,
    });
  }
  for (const kind of ['annual_plan', 'half_year_summary', 'annual_summary'] as const) {
    await call('documents.create', {
      year,
      kind,
      title: `${year}年${kind === 'annual_plan' ? '工作计划' : kind === 'half_year_summary' ? '上半年工作小结' : '工作总结'}`,
      body: paragraph(rng, pools.activitySentences, 12, 20),
    });
  }
  for (const m of rng.sample(roster, 10)) {
    await call('documents.create', {
      year,
      kind: 'member_summary',
      memberId: m.id,
      title: `${m.name}委员${year}年度履职小结`,
      body: paragraph(rng, pools.activitySentences, 4, 8),
    });
  }
}

/**
 * One group's ten years, written through the contract (the dispatcher with its validation), as a
 * clerk would have entered it; photos attached to held activities. One transaction, as the demo
 * command does: the handlers' own transactions nest as savepoints.
 */
export async function generateRealistic(
  file: string,
  s: RealisticScale,
  seed: number,
): Promise<Record<string, number>> {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const rng = createRng(seed);
  const archive = await openArchive(file);
  const call = unwrapping(createDispatcher(archive));
  const firstYear = LAST_YEAR - s.years + 1;
  try {
    archive.db.exec('BEGIN');
    await call('group.update', {
      name: '青石镇政协联络组',
      parentCommittee: '临江区政协',
      term: '第三届',
      currentYear: LAST_YEAR,
    });
    const members = await writeMembers(call, rng, s, firstYear);
    const held: Activity[] = [];
    for (let year = firstYear; year <= LAST_YEAR; year++) {
      for (let m = 1; m <= 12; m++) {
        await call('plan.create', {
          year,
          month: m,
          period: 'mid',
          title: `${m}月：${rng.pick(pools.activityTitles)}`,
          activityType: rng.pick(weightedTypes),
        });
      }
      held.push(...(await writeActivities(call, rng, s, year, members)).filter((a) => a.status === 'held'));
      await writeRecords(call, rng, s, year, members);
    }
    // Photos spread evenly over the years, so the compiled year carries its share.
    const perYear = Math.ceil(s.photos / s.years);
    let written = 0;
    for (let year = firstYear; year <= LAST_YEAR && written < s.photos; year++) {
      const ofYear = held.filter((a) => a.startsOn.startsWith(String(year)));
      for (let i = 0; i < perYear && written < s.photos; i++, written++) {
        const photo = syntheticPhoto(rng, s.photoBytes);
        await call('attachments.add', {
          ownerKind: 'activity',
          ownerId: rng.pick(ofYear).id,
          name: `现场照片${String(written + 1).padStart(3, '0')}.jpg`,
          mime: 'image/jpeg',
          dataBase64: photo.toString('base64'),
          caption: '活动现场',
        });
      }
    }
    archive.db.exec('COMMIT');
    return tableCounts(archive.db);
  } catch (e) {
    if (archive.db.inTransaction) archive.db.exec('ROLLBACK');
    throw e;
  } finally {
    archive.close();
  }
}
