import { beforeEach, describe, expect, it } from 'vitest';
import { archiveEach } from '../helpers/archiveEach';
import { yearFixture } from '../helpers/yearFixture';

const t = archiveEach();
const f = yearFixture(t);
let zhang: number, li: number;
beforeEach(async () => ([zhang, li] = await f.members(['张伟', { sector: '经济界' }], '李红')));

describe('members.dutyFile', () => {
  it('gathers the member’s year: attendance, duty row with evidence, proposals, opinion reports, deeds, records, summary', async () => {
    const seen = await f.activity(
      'inspection',
      '2026-05-14',
      [
        [zhang, 'present'],
        [li, 'present'],
      ],
      { place: '镇政府' },
    );
    const leave = await f.activity('research', '2026-06-01', [[zhang, 'excused', '外出学习']]);
    const missed = await f.activity('study', '2026-07-01', [[zhang, 'absent']]);
    await f.activity('supervision', '2026-08-01', [[zhang, 'present']], { status: 'planned' });
    await f.activity('inspection', '2025-05-14', [[zhang, 'present']]);
    const led = await t.must('proposals.create', {
      year: 2026,
      title: '领衔的提案',
      leadMemberId: zhang,
      filing: 'accepted',
    });
    const signed = await t.must('proposals.create', {
      year: 2026,
      title: '联名的提案',
      leadMemberId: li,
      cosignerIds: [zhang],
      submittedOn: '2026-01-05',
    });
    await t.must('proposals.create', { year: 2026, title: '别人的提案', leadMemberId: li });
    const report = await t.must('opinionReports.create', {
      year: 2026,
      title: '社情民意一则',
      authorIds: [li, zhang],
      status: 'adopted',
      adoptedLevel: 'city',
    });
    const deed = await f.deed(zhang, '抗洪救灾', { source: '镇宣传办' });
    const rec = await f.dutyRecord(zhang, 'liaison', '走访联系村', { doneOn: '2026-03-03', evidence: '走访照片' });
    const summary = await f.memberSummary(zhang, '2026年履职小结', { body: '一年来……' });

    const file = await t.must('members.dutyFile', { memberId: zhang, year: 2026 });
    expect(file.member.name).toBe('张伟');
    expect(file.scheme.name).toBe('八个一');
    expect(file.activities.map((a) => [a.id, a.attendance, a.leaveReason])).toEqual([
      [seen, 'present', null],
      [leave, 'excused', '外出学习'],
      [missed, 'absent', null],
    ]);
    expect(file.activities[0].place).toBe('镇政府');
    expect(file.proposals.map((p) => [p.id, p.role])).toEqual([
      [signed.id, 'cosigner'],
      [led.id, 'lead'],
    ]);
    expect(file.opinionReports.map((r) => [r.id, r.status, r.adoptedLevel])).toEqual([[report.id, 'adopted', 'city']]);
    expect(file.deeds.map((d) => [d.id, d.title, d.source])).toEqual([[deed.id, '抗洪救灾', '镇宣传办']]);
    expect(file.dutyRecords).toEqual([
      {
        id: rec.id,
        itemCode: 'liaison',
        itemLabel: '一次挂钩活动',
        doneOn: '2026-03-03',
        description: '走访联系村',
        evidence: '走访照片',
      },
    ]);
    expect(file.summary).toMatchObject({ id: summary.id, title: '2026年履职小结', body: '一年来……' });

    const cells = Object.fromEntries(
      file.duty.cells.map((c) => [c.itemCode, c.evidence.map((e) => `${e.kind}:${e.id}`)]),
    );
    expect(cells).toEqual({
      research: [],
      inspection: [`activity:${seen}`],
      supervision: [],
      liaison: [`record:${rec.id}`],
      proposal: [`proposal:${signed.id}`, `proposal:${led.id}`],
      opinion: [`opinion_report:${report.id}`],
      good_deed: [`deed:${deed.id}`],
      summary: [`document:${summary.id}`],
    });
    expect([file.duty.doneItems, file.duty.totalItems]).toEqual([6, 8]);
  });

  it('gives an empty file for a quiet year and refuses a member in the recycle bin', async () => {
    const file = await t.must('members.dutyFile', { memberId: li, year: 2030 });
    expect([file.activities, file.proposals, file.opinionReports, file.deeds, file.dutyRecords, file.summary]).toEqual([
      [],
      [],
      [],
      [],
      [],
      null,
    ]);
    expect(file.duty.doneItems).toBe(0);

    await t.must('members.delete', { id: li });
    const r = await t.call('members.dutyFile', { memberId: li, year: 2026 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect([r.error.code, r.error.message]).toEqual(['NOT_FOUND', `找不到编号为 ${li} 的委员，它可能已被删除。`]);
  });
});
