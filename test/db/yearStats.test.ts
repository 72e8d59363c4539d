import { beforeEach, describe, expect, it } from 'vitest';
import { archiveEach } from '../helpers/archiveEach';
import { yearFixture } from '../helpers/yearFixture';

const t = archiveEach();
const f = yearFixture(t);
let zhang: number, li: number, wang: number;
beforeEach(async () => ([zhang, li, wang] = await f.members('张伟', '李红', '王建国')));

const stats = (year = 2026) => t.must('stats.year', { year });

describe('stats.year', () => {
  it('counts held activities by type and quarter, and names the quarters without one', async () => {
    await f.activity('study', '2026-01-15');
    await f.activity('inspection', '2026-03-31');
    await f.activity('inspection', '2026-04-01');
    await f.activity('research', '2026-08-01', [], { status: 'planned' });
    await f.activity('research', '2026-11-01', [], { status: 'cancelled' });
    const gone = await f.activity('research', '2026-12-01');
    await t.must('activities.delete', { id: gone });
    await f.activity('briefing', '2025-12-31');

    const s = (await stats()).activities;
    expect(s.held).toBe(3);
    expect(s.byQuarter).toEqual([
      { quarter: 1, held: 2, planned: 0 },
      { quarter: 2, held: 1, planned: 0 },
      { quarter: 3, held: 0, planned: 1 },
      { quarter: 4, held: 0, planned: 0 },
    ]);
    expect(s.quartersWithout).toEqual([3, 4]);
    expect(s.byType.filter((x) => x.count > 0)).toEqual([
      { type: 'study', count: 1 },
      { type: 'inspection', count: 2 },
    ]);
    expect(s.byType).toHaveLength(11);
  });

  it('applies the ≥4 collective activities rule to held activities marked collective', async () => {
    await f.activity('study', '2026-02-01');
    await f.activity('consultation', '2026-05-01');
    await f.activity('inspection', '2026-08-01');
    await f.activity('reception', '2026-09-01', [], { collective: false });
    await f.activity('meeting', '2026-10-01', [], { status: 'cancelled' });
    let s = (await stats()).activities;
    expect([s.collective, s.collectiveRequired, s.collectiveMet]).toEqual([3, 4, false]);

    await f.activity('briefing', '2026-11-20');
    s = (await stats()).activities;
    expect([s.collective, s.collectiveMet]).toEqual([4, true]);
  });

  it('gives participation rates per member and per activity (present / invited)', async () => {
    const a1 = await f.activity('inspection', '2026-05-14', [
      [zhang, 'present'],
      [li, 'excused', '外出'],
      [wang, 'absent'],
    ]);
    const a2 = await f.activity('research', '2026-06-14', [
      [zhang, 'present'],
      [li, 'present'],
    ]);
    await f.activity('research', '2026-07-14', [[wang, 'present']], { status: 'planned' });
    await f.activity('study', '2026-07-20');

    const p = (await stats()).participation;
    expect(p.overall).toEqual({ invited: 5, present: 3, excused: 1, absent: 1, rate: 0.6 });
    expect(p.members.map((m) => [m.member.name, m.invited, m.present, m.rate])).toEqual([
      ['李红', 2, 1, 0.5],
      ['王建国', 1, 0, 0],
      ['张伟', 2, 2, 1],
    ]);
    expect(p.activities.map((a) => [a.activity.id, a.invited, a.present, a.excused, a.absent])).toEqual([
      [a1, 3, 1, 1, 1],
      [a2, 2, 2, 0, 0],
    ]);
  });

  it('counts proposals by filing and result, and reports by status and adoption level', async () => {
    await t.must('proposals.create', { year: 2026, title: '甲', filing: 'accepted', result: 'A' });
    await t.must('proposals.create', { year: 2026, title: '乙', filing: 'accepted' });
    await t.must('proposals.create', { year: 2026, title: '丙', filing: 'not_accepted' });
    await t.must('proposals.create', { year: 2025, title: '去年的', filing: 'accepted', result: 'B' });
    await t.must('opinionReports.create', { year: 2026, title: '一', status: 'adopted', adoptedLevel: 'city' });
    await t.must('opinionReports.create', { year: 2026, title: '二' });
    await t.must('opinionReports.create', { year: 2026, title: '三', status: 'draft' });

    const s = await stats();
    expect(s.proposals).toEqual({
      total: 3,
      byFiling: { pending: 0, accepted: 2, not_accepted: 1, converted: 0 },
      byResult: { A: 1, B: 0, C: 0, D: 0 },
      noResult: 2,
    });
    expect(s.opinionReports).toEqual({
      total: 3,
      byStatus: { draft: 1, submitted: 1, adopted: 1 },
      byAdoptionLevel: { county: 0, city: 1, province: 0, national: 0 },
    });
  });

  it('lists the members behind on their duties with the items missing', async () => {
    await t.must('schemes.setForYear', { year: 2026, schemeId: 3 }); // 四个一
    await f.activity('charity', '2026-03-01', [[zhang, 'present']]);
    await t.must('proposals.create', { year: 2026, title: '提案', leadMemberId: zhang });
    await t.must('opinionReports.create', { year: 2026, title: '社情', authorIds: [zhang, li] });
    await t.must('dutyRecords.create', {
      memberId: zhang,
      year: 2026,
      itemCode: 'investment',
      description: '招商信息一条',
    });

    const behind = (await stats()).behind;
    expect(behind.map((b) => [b.member.name, b.missing.map((m) => m.itemCode)])).toEqual([
      ['李红', ['report', 'investment', 'charity']],
      ['王建国', ['report', 'suggestion', 'investment', 'charity']],
    ]);
    expect(behind[0].missing[0]).toEqual({
      itemCode: 'report',
      label: '书写一份调查报告或提案',
      count: 0,
      required: 1,
    });
  });
});
