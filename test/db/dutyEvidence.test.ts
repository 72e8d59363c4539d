import { describe, expect, it } from 'vitest';
import type { DutyEvidence } from '../../shared/contract/duty';
import { archiveEach } from '../helpers/archiveEach';
import { yearFixture } from '../helpers/yearFixture';

const t = archiveEach();
const f = yearFixture(t);

/**
 * A year where one row credits several items and one item is credited by several kinds: a
 * custom scheme in 2026 (research and proposals each credit two items; the kinds of 书面 are named
 * deed first), 八个一 in 2025.
 */
async function busyYear() {
  const [zhang, li, wang] = await f.members('张伟', '李红', '王建国', '赵空白');
  const scheme = await t.must('schemes.create', {
    name: '乡镇自定方案',
    items: [
      { code: 'visits', label: '调研视察', requiredCount: 2, creditActivityTypes: ['research', 'inspection'] },
      {
        code: 'written',
        label: '书面履职',
        requiredCount: 3,
        creditActivityTypes: ['charity'],
        creditKinds: ['deed', 'proposal', 'opinion_report'],
      },
      {
        code: 'again',
        label: '再计一次',
        requiredCount: 1,
        creditActivityTypes: ['research'],
        creditKinds: ['proposal', 'member_summary'],
      },
      { code: 'manual', label: '手工登记', requiredCount: 0 },
    ],
  });
  await t.must('schemes.setForYear', { year: 2026, schemeId: scheme.id });

  // Same day twice: the lower id comes first. 请假 and 缺席 credit nothing.
  const r2 = await f.activity('research', '2026-08-01', [
    [zhang, 'present'],
    [li, 'excused', '出差'],
  ]);
  const r1 = await f.activity('research', '2026-03-01', [
    [zhang, 'present'],
    [wang, 'absent'],
  ]);
  const r1b = await f.activity('inspection', '2026-03-01', [
    [zhang, 'present'],
    [li, 'present'],
  ]);
  const charity = await f.activity('charity', '2026-12-01', [[zhang, 'present']]);
  await f.activity('research', '2025-05-01', [
    [zhang, 'present'],
    [li, 'present'],
  ]);

  // A proposal with no lead credits its co-signers. The form refuses a lead listed as co-signer
  // too, but an older or imported archive may hold one: it counts once.
  const late = await f.proposal('晚提交的提案', { leadMemberId: zhang, cosignerIds: [li], submittedOn: '2026-11-01' });
  t.archive.db.prepare('INSERT INTO proposal_cosigners (proposal_id, member_id) VALUES (?, ?)').run(late.id, zhang);
  const undated = await f.proposal('未填日期的提案', { cosignerIds: [zhang] });
  const early = await f.proposal('早提交的提案', { leadMemberId: li, cosignerIds: [zhang], submittedOn: '2026-01-05' });
  const report = await f.opinionReport([zhang, wang], '群众反映停车难', { submittedOn: '2026-02-02' });
  await f.opinionReport([zhang], '草稿', { status: 'draft' });
  const deedUndated = await f.deed(zhang, '未填日期的事迹');
  const deed = await f.deed(zhang, '捐资助学', { happenedOn: '2026-09-01' });
  const summary = await f.memberSummary(zhang, '张伟2026年履职小结');
  const recUndated = await f.dutyRecord(zhang, 'written', '未填日期的记录');
  const rec = await f.dutyRecord(zhang, 'written', '撰写调研报告', { doneOn: '2026-04-04' });
  const manual = await f.dutyRecord(li, 'manual', '走访');
  const gone = await f.dutyRecord(li, 'manual', '删掉');
  await t.must('dutyRecords.delete', { id: gone.id });
  return {
    zhang,
    li,
    wang,
    ids: { r1, r1b, r2, charity, late, undated, early, report, deed, deedUndated, summary, rec, recUndated, manual },
  };
}

const row = (kind: DutyEvidence['kind'], id: number) => expect.objectContaining({ kind, id });

describe('duty.evidence', () => {
  it('gives every cell of the matrix the rows its count stands for, as the member’s file does', async () => {
    await busyYear();
    for (const year of [2026, 2025]) {
      const matrix = await t.must('duty.matrix', { year });
      expect(matrix.rows).toHaveLength(4);
      for (const r of matrix.rows) {
        const all = await t.must('duty.evidence', { year, memberId: r.member.id });
        expect(all.map((e) => e.itemCode)).toEqual(matrix.scheme.items.map((i) => i.code));
        const file = await t.must('members.dutyFile', { year, memberId: r.member.id });
        expect(file.duty.cells.map(({ evidence: _, ...cell }) => cell)).toEqual(r.cells);
        for (const [pos, cell] of r.cells.entries()) {
          expect(cell).not.toHaveProperty('evidence');
          expect(cell.count).toBe(all[pos].evidence.length);
          expect(file.duty.cells[pos].evidence).toEqual(all[pos].evidence);
          const one = await t.must('duty.evidence', { year, memberId: r.member.id, itemCode: cell.itemCode });
          expect(one).toEqual([all[pos]]);
        }
      }
    }
  });

  it('counts a row once per item it credits, and lists activities by date, then records kind by kind', async () => {
    const { zhang, li, wang, ids } = await busyYear();
    const matrix = await t.must('duty.matrix', { year: 2026 });
    const countsOf = (id: number) => matrix.rows.find((r) => r.member.id === id)?.cells.map((c) => c.count);
    // visits, written, again, manual
    expect(countsOf(zhang)).toEqual([3, 9, 6, 0]);
    expect(countsOf(li)).toEqual([1, 2, 2, 1]);
    expect(countsOf(wang)).toEqual([0, 1, 0, 0]);
    expect(matrix.totals.map((x) => x.membersDone)).toEqual([1, 1, 2, 4]);

    const [visits, written, again] = await t.must('duty.evidence', { year: 2026, memberId: zhang });
    expect(visits.evidence).toEqual([row('activity', ids.r1), row('activity', ids.r1b), row('activity', ids.r2)]);
    expect(written.evidence).toEqual([
      { kind: 'activity', id: ids.charity, title: '2026-12-01 charity', date: '2026-12-01' },
      { kind: 'deed', id: ids.deed.id, title: '捐资助学', date: '2026-09-01' },
      { kind: 'deed', id: ids.deedUndated.id, title: '未填日期的事迹', date: null },
      { kind: 'proposal', id: ids.early.id, title: '早提交的提案', date: '2026-01-05' },
      { kind: 'proposal', id: ids.late.id, title: '晚提交的提案', date: '2026-11-01' },
      { kind: 'proposal', id: ids.undated.id, title: '未填日期的提案', date: null },
      { kind: 'opinion_report', id: ids.report.id, title: '群众反映停车难', date: '2026-02-02' },
      { kind: 'record', id: ids.rec.id, title: '撰写调研报告', date: '2026-04-04' },
      { kind: 'record', id: ids.recUndated.id, title: '未填日期的记录', date: null },
    ]);
    expect(again.evidence).toEqual([
      row('activity', ids.r1),
      row('activity', ids.r2),
      row('proposal', ids.early.id),
      row('proposal', ids.late.id),
      row('proposal', ids.undated.id),
      row('document', ids.summary.id),
    ]);
    const [, , , manual] = await t.must('duty.evidence', { year: 2026, memberId: li });
    expect(manual.evidence).toEqual([{ kind: 'record', id: ids.manual.id, title: '走访', date: null }]);
  });

  it('answers a member who did not serve in the year, and refuses unknown members and items in Chinese', async () => {
    const { zhang } = await busyYear();
    const early = await t.must('duty.evidence', { year: 1990, memberId: zhang });
    expect(early.map((e) => [e.itemCode, e.evidence.length])).toContainEqual(['research', 0]);

    const nobody = await t.call('duty.evidence', { year: 2026, memberId: 9999 });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('9999') } });
    const item = await t.call('duty.evidence', { year: 2026, memberId: zhang, itemCode: 'research' });
    expect(item).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '2026年的履职方案“乡镇自定方案”中没有事项 research。' },
    });
    const bad = await t.call('duty.evidence', { year: 2026, memberId: zhang, itemCode: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '输入有误：请选择履职事项' } });
  });
});
