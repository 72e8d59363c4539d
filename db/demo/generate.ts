import type { Activity } from '../../shared/contract/activities';
import type { Member } from '../../shared/contract/members';
import { activities } from './activities';
import { attendanceSheet } from './attendance';
import type { Call } from './client';
import { dayOf } from './dates';
import { annualSummary, halfYearSummary, memberSummary, planDocument, type YearFacts } from './documents';
import { organiser, township } from './places';
import { planItems } from './planItems';
import { createRng, type Rng } from './random';
import { writeRecords } from './records';
import { roster } from './roster';

export interface DemoOptions {
  year: number;
  seed: number;
  /** Upcoming birthdays are counted from this day. */
  today: Date;
}

/** How many rows of each kind the demo wrote, labelled in Chinese for the clerk. */
export type DemoSummary = { label: string; count: number }[];

async function writeActivities(call: Call, rng: Rng, year: number, members: Member[], planIds: Map<string, number>) {
  const holding = (role: Member['groupRole']) => members.find((m) => m.groupRole === role)!;
  const written: Activity[] = [];
  for (const spec of activities) {
    const startsOn = dayOf(year, spec.month, spec.day);
    const responsible = holding(spec.responsible);
    const status = spec.status ?? 'held';
    written.push(
      await call('activities.create', {
        type: spec.type,
        title: spec.title,
        startsOn,
        startTime: spec.startTime,
        endTime: spec.endTime,
        place: spec.place,
        content: spec.content,
        responsible: responsible.name,
        organiser: spec.coOrganiser ? `${organiser}、${spec.coOrganiser}` : organiser,
        collective: spec.attendees === 'all',
        suggestionsCount: status === 'held' ? (spec.suggestionsCount ?? 0) : 0,
        suggestionsText: spec.suggestionsText,
        reportTitle: spec.reportTitle,
        followUp: spec.followUp,
        status,
        planItemId: spec.plan ? planIds.get(spec.plan) : undefined,
        notes: spec.notes,
        participants: status === 'held' ? attendanceSheet(rng, spec, startsOn, members, responsible) : [],
      }),
    );
  }
  return written;
}

/** The summaries go to the officers and one more member; the rest have not written theirs yet. */
const summaryWriters = (members: Member[]) =>
  members.filter((m) => m.status === 'active' && (m.groupRole !== 'none' || m.sector === '医药卫生界')).slice(0, 5);

/**
 * Fills one realistic year through the contract, so the demo exercises the same validation and
 * handlers as the app. The same seed and year give the same archive.
 */
export async function generateDemo(call: Call, { year, seed, today }: DemoOptions): Promise<DemoSummary> {
  const rng = createRng(seed);
  await call('group.update', {
    name: township.groupName,
    parentCommittee: township.parentCommittee,
    term: township.term,
    currentYear: year,
  });
  const eightOnes = (await call('schemes.list', {})).find((s) => s.preset === 'eight');
  if (eightOnes) await call('schemes.setForYear', { year, schemeId: eightOnes.id });

  const members: Member[] = [];
  for (const input of roster(rng, year, today)) members.push(await call('members.create', input));

  const planIds = new Map<string, number>();
  for (const { key, ...item } of planItems) planIds.set(key, (await call('plan.create', { year, ...item })).id);

  const written = await writeActivities(call, rng, year, members, planIds);
  const held = written.filter((a) => a.status === 'held');
  const records = await writeRecords(call, rng, year, members, held);

  const firstHalf = held.filter((a) => a.startsOn < dayOf(year, 7, 1));
  const suggestions = (list: Activity[]) => list.reduce((n, a) => n + a.suggestionsCount, 0);
  const facts: YearFacts = {
    groupName: township.groupName,
    year,
    members: members.filter((m) => m.status === 'active').length,
    heldFirstHalf: firstHalf.length,
    suggestionsFirstHalf: suggestions(firstHalf),
    held: held.length,
    suggestions: suggestions(held),
    ...records,
  };
  const docs: { kind: 'annual_plan' | 'half_year_summary' | 'annual_summary'; title: string; body: string }[] = [
    { kind: 'annual_plan', title: `${year}年度工作计划`, body: planDocument(township.groupName, year, planItems) },
    { kind: 'half_year_summary', title: `${year}年上半年工作小结`, body: halfYearSummary(facts) },
    { kind: 'annual_summary', title: `${year}年度工作总结`, body: annualSummary(facts) },
  ];
  for (const d of docs) await call('documents.create', { year, ...d });
  const writers = summaryWriters(members);
  for (const m of writers) {
    const attended = held.filter((a) => a.participants.some((p) => p.memberId === m.id && p.attendance === 'present'));
    await call('documents.create', {
      year,
      kind: 'member_summary',
      memberId: m.id,
      title: `${m.name}委员${year}年度履职小结`,
      body: memberSummary(m.name, year, attended.length, m.workUnit ?? '委员'),
    });
  }

  return [
    { label: '委员', count: members.length },
    { label: '计划事项', count: planItems.length },
    { label: '活动', count: written.length },
    { label: '其中已开展', count: held.length },
    { label: '提案', count: records.proposals },
    { label: '社情民意', count: records.opinionReports },
    { label: '先进事迹', count: records.deeds },
    { label: '文档', count: docs.length + writers.length },
    { label: '手工履职记录', count: records.dutyRecords },
  ];
}
