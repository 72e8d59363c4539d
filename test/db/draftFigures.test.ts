import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrapping } from '../../db/demo/client';
import { generateDemo } from '../../db/demo/generate';
import { createDispatcher } from '../../db/dispatcher';
import { figureText } from '../../db/drafts/figures';
import type { SummaryDraft } from '../../shared/contract/summary';
import { ActivityType } from '../../shared/enums';
import { testArchive, type TestArchive } from '../helpers/archive';

// Every figure the three drafts of a demo year state, recomputed here from the contract's own
// reads (statistics, the matrix, the lists), not from the drafts' queries: a draft carries no
// figure that disagrees with the data.

const YEAR = 2026;
let t: TestArchive;
let drafts: Record<'plan' | 'half' | 'annual', SummaryDraft>;

beforeAll(async () => {
  t = await testArchive();
  t.archive.db.exec('BEGIN');
  await generateDemo(unwrapping(createDispatcher(t.archive)), { year: YEAR, seed: 7, today: new Date(`${YEAR}-12-20`) });
  t.archive.db.exec('COMMIT');
  drafts = {
    plan: await t.must('summary.draftPlan', { year: YEAR }),
    half: await t.must('summary.draftHalfYear', { year: YEAR }),
    annual: await t.must('summary.draft', { year: YEAR }),
  };
}, 120_000);
afterAll(() => t.close());

const pct = (rate: number | null) => (rate === null ? null : (rate * 100).toFixed(1));

async function expected(kind: 'plan' | 'half' | 'annual'): Promise<Record<string, number | string | null>> {
  const activities = (await t.must('activities.list', { year: YEAR, status: 'held', limit: 1000 })).items;
  const plan = await t.must('plan.list', { year: YEAR });
  const proposals = (await t.must('proposals.list', { year: YEAR, limit: 1000 })).items;
  const opinionReports = (await t.must('opinionReports.list', { year: YEAR, limit: 1000 })).items.filter((r) => r.status !== 'draft');
  if (kind === 'annual') {
    const stats = await t.must('stats.year', { year: YEAR });
    const matrix = await t.must('duty.matrix', { year: YEAR });
    const byType = (...types: ActivityType[]) =>
      stats.activities.byType.filter((x) => types.includes(x.type)).reduce((s, x) => s + x.count, 0);
    return {
      held: stats.activities.held,
      collective: stats.activities.collective,
      rate: pct(stats.participation.overall.rate),
      planned: plan.length,
      planDone: plan.filter((i) => i.done).length,
      study: byType('study'),
      inspections: byType('inspection'),
      research: byType('research'),
      researchReports: activities.filter((a) => a.type === 'research' && a.reportTitle).length,
      consult: byType('consultation'),
      supervise: byType('supervision'),
      briefings: byType('briefing'),
      suggestions: activities.reduce((s, a) => s + a.suggestionsCount, 0),
      proposals: stats.proposals.total,
      accepted: stats.proposals.byFiling.accepted,
      opinionReports: stats.opinionReports.total - stats.opinionReports.byStatus.draft,
      adopted: stats.opinionReports.byStatus.adopted,
      people: byType('reception', 'charity', 'fellowship'),
      members: matrix.rows.length,
      complete: matrix.rows.filter((r) => r.doneItems === r.totalItems).length,
      invited: stats.participation.overall.invited,
      present: stats.participation.overall.present,
    };
  }
  if (kind === 'half') {
    const h1 = activities.filter((a) => a.startsOn <= `${YEAR}-06-30`);
    const sheets = h1.flatMap((a) => a.participants);
    const present = sheets.filter((p) => p.attendance === 'present').length;
    const inH1 = (d: string | null) => d !== null && d <= `${YEAR}-06-30`;
    const firstHalf = plan.filter((i) => i.month <= 6);
    return {
      held: h1.length,
      collective: h1.filter((a) => a.collective).length,
      rate: pct(sheets.length ? present / sheets.length : null),
      invited: sheets.length,
      present,
      proposals: proposals.filter((p) => inH1(p.submittedOn)).length,
      accepted: proposals.filter((p) => inH1(p.submittedOn) && p.filing === 'accepted').length,
      opinionReports: opinionReports.filter((r) => inH1(r.submittedOn)).length,
      adopted: opinionReports.filter((r) => inH1(r.submittedOn) && r.status === 'adopted').length,
      planned: firstHalf.length,
      planDone: firstHalf.filter((i) => i.done).length,
    };
  }
  return { planItems: plan.length };
}

describe.each(['annual', 'half', 'plan'] as const)('the %s draft of a demo year', (kind) => {
  it('states only figures the data gives, each where the text says it', async () => {
    const d = drafts[kind];
    const want = await expected(kind);
    expect(d.figures.length).toBeGreaterThan(0);
    for (const f of d.figures) {
      expect(Object.keys(want), `a figure nobody recomputes: ${f.key}`).toContain(f.key);
      expect(f.value, f.label).toBe(String(want[f.key]));
      expect(d.body).toContain(figureText(f));
    }
  });

  it('names the group and its party committee, and reads at a plausible length', () => {
    const d = drafts[kind];
    expect(d.body).toMatch(/在[^，]+镇党委的领导/);
    expect(d.body.length).toBeGreaterThan(400);
    expect(d.body.length).toBeLessThan(6000);
  });
});

describe('the annual draft names no more members than the record warrants', () => {
  it('every member it names led a proposal the department acted on, wrote an adopted report, or has a deed', async () => {
    const members = (await t.must('members.names', {})).map((m) => m.name);
    const proposals = (await t.must('proposals.list', { year: YEAR, limit: 1000 })).items;
    const opinionReports = (await t.must('opinionReports.list', { year: YEAR, limit: 1000 })).items;
    const deeds = (await t.must('deeds.list', { year: YEAR, limit: 1000 })).items;
    const notable = new Set<string>([
      ...proposals.filter((p) => p.filing === 'accepted' && (p.result === 'A' || p.result === 'B')).map((p) => p.leadMemberName ?? ''),
      ...opinionReports.filter((r) => r.status === 'adopted').flatMap((r) => r.authors.map((a) => a.name)),
      ...deeds.map((d) => d.memberName ?? ''),
    ]);
    const named = members.filter((n) => drafts.annual.body.includes(n));
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) expect(notable, n).toContain(n);
  });
});
