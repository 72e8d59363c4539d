import { beforeEach, describe, expect, it } from 'vitest';
import type { DutyEvidence, DutyMatrix } from '../../shared/contract/duty';
import { archiveEach } from '../helpers/archiveEach';
import { yearFixture } from '../helpers/yearFixture';

const t = archiveEach();
const f = yearFixture(t);
let zhang: number, li: number, wang: number;
beforeEach(async () => {
  [zhang, li, wang] = await f.members(
    ['张伟', { sector: '经济界' }],
    ['李红', { sector: '经济界' }],
    ['王建国', { sector: '农业界' }],
  );
});

const matrix = (year = 2026) => t.must('duty.matrix', { year });
/** The matrix's scheme as its name and its items' codes, in order. */
const schemeOf = (m: DutyMatrix) => [m.scheme.name, m.scheme.items.map((i) => i.code)];
const cell = (m: DutyMatrix, memberId: number, code: string) => {
  const row = m.rows.find((r) => r.member.id === memberId);
  const c = row?.cells.find((x) => x.itemCode === code);
  if (!c) throw new Error(`no cell ${memberId}/${code}`);
  return c;
};
const counts = (m: DutyMatrix, code: string) => m.rows.map((r) => [r.member.name, cell(m, r.member.id, code).count]);
/** What the cell counts, as the 八个一 page reads it when the clerk opens the cell. */
const evidence = async (memberId: number, itemCode: string, year = 2026) => {
  const items = await t.must('duty.evidence', { year, memberId, itemCode });
  expect(items.map((i) => i.itemCode)).toEqual([itemCode]);
  return items[0].evidence;
};

describe('duty.matrix', () => {
  it('credits 出席 at a held activity of a crediting type, and not 请假 or 缺席', async () => {
    const a = await f.activity('inspection', '2026-05-14', [
      [zhang, 'present'],
      [li, 'excused', '外出学习'],
      [wang, 'absent'],
    ]);
    const m = await matrix();
    expect(schemeOf(m)).toEqual([
      '八个一',
      ['research', 'inspection', 'supervision', 'liaison', 'proposal', 'opinion', 'good_deed', 'summary'],
    ]);
    expect(counts(m, 'inspection')).toEqual([
      ['李红', 0],
      ['王建国', 0],
      ['张伟', 1],
    ]);
    expect(cell(m, zhang, 'inspection')).toEqual({ itemCode: 'inspection', count: 1, required: 1, done: true });
    expect(await evidence(zhang, 'inspection')).toEqual([
      { kind: 'activity', id: a, title: '2026-05-14 inspection', date: '2026-05-14' },
    ]);
    expect(await evidence(li, 'inspection')).toEqual([]);
    expect(cell(m, li, 'inspection').done).toBe(false);
    // An inspection credits nothing else.
    expect(cell(m, zhang, 'research').count).toBe(0);
    const z = m.rows.find((r) => r.member.id === zhang);
    expect([z?.doneItems, z?.totalItems]).toEqual([1, 8]);
    expect(m.totals.find((x) => x.itemCode === 'inspection')).toEqual({
      itemCode: 'inspection',
      label: '一次工作视察',
      membersDone: 1,
    });
  });

  it('does not credit planned, cancelled, deleted or other-year activities', async () => {
    await f.activity('research', '2026-03-01', [[zhang, 'present']], { status: 'planned' });
    await f.activity('research', '2026-04-01', [[zhang, 'present']], { status: 'cancelled' });
    const gone = await f.activity('research', '2026-05-01', [[zhang, 'present']]);
    await t.must('activities.delete', { id: gone });
    await f.activity('research', '2025-12-31', [[zhang, 'present']]);
    expect(cell(await matrix(), zhang, 'research').count).toBe(0);

    await t.must('activities.restore', { id: gone });
    expect((await evidence(zhang, 'research')).map((e) => e.id)).toEqual([gone]);
    expect(cell(await matrix(2025), zhang, 'research').count).toBe(1);
  });

  it('credits the lead and every co-signer of a proposal, and the authors of a submitted report', async () => {
    const p = await f.proposal('关于改善农村道路的提案', {
      leadMemberId: zhang,
      cosignerIds: [li],
      submittedOn: '2026-01-10',
    });
    const r = await f.opinionReport([wang, li], '群众反映停车难', { submittedOn: '2026-02-02' });
    await f.opinionReport([zhang], '尚未报送的草稿', { status: 'draft' });
    const gone = await f.proposal('已删除的提案', { leadMemberId: wang });
    await t.must('proposals.delete', { id: gone.id });

    const m = await matrix();
    // Each item: its counts by member, and one member's cell as the page opens it.
    const credited: [string, [string, number][], number, DutyEvidence][] = [
      [
        'proposal',
        [
          ['李红', 1],
          ['王建国', 0],
          ['张伟', 1],
        ],
        li,
        { kind: 'proposal', id: p.id, title: '关于改善农村道路的提案', date: '2026-01-10' },
      ],
      [
        'opinion',
        [
          ['李红', 1],
          ['王建国', 1],
          ['张伟', 0],
        ],
        wang,
        { kind: 'opinion_report', id: r.id, title: '群众反映停车难', date: '2026-02-02' },
      ],
    ];
    for (const [code, byMember, memberId, row] of credited) {
      expect(counts(m, code)).toEqual(byMember);
      expect(await evidence(memberId, code)).toEqual([row]);
    }
  });

  it('credits deeds, a member summary and manual records, naming each row', async () => {
    const charity = await f.activity('charity', '2026-06-01', [[zhang, 'present']]);
    const deed = await f.deed(zhang, '捐资助学', { happenedOn: '2026-09-01' });
    const doc = await f.memberSummary(zhang, '张伟2026年履职小结');
    const rec = await f.dutyRecord(li, 'liaison', '到联系村走访群众', { doneOn: '2026-07-07' });
    const gone = await f.dutyRecord(wang, 'liaison', '已删除');
    await t.must('dutyRecords.delete', { id: gone.id });

    const m = await matrix();
    expect(cell(m, zhang, 'good_deed')).toMatchObject({ count: 2, done: true });
    expect(await evidence(zhang, 'good_deed')).toEqual([
      { kind: 'activity', id: charity, title: '2026-06-01 charity', date: '2026-06-01' },
      { kind: 'deed', id: deed.id, title: '捐资助学', date: '2026-09-01' },
    ]);
    expect(await evidence(zhang, 'summary')).toEqual([
      { kind: 'document', id: doc.id, title: '张伟2026年履职小结', date: doc.createdAt.slice(0, 10) },
    ]);
    expect(await evidence(li, 'liaison')).toEqual([
      { kind: 'record', id: rec.id, title: '到联系村走访群众', date: '2026-07-07' },
    ]);
    expect(cell(m, wang, 'liaison').count).toBe(0);
  });

  it('follows the scheme bound to the year (五个一)', async () => {
    await f.activity('research', '2026-04-01', [[zhang, 'present']]);
    await f.activity('inspection', '2026-05-01', [[zhang, 'present']]);
    await t.must('schemes.setForYear', { year: 2026, schemeId: 2 });
    const m = await matrix();
    expect(schemeOf(m)).toEqual(['五个一', ['information', 'suggestion', 'inspection', 'good_deed', 'project']]);
    expect(m.rows[0].totalItems).toBe(5);
    // 参加一次调查视察活动 is credited by research and inspection alike.
    expect(cell(m, zhang, 'inspection').count).toBe(2);
    expect(m.rows.every((r) => r.cells.every((c) => c.itemCode !== 'research'))).toBe(true);
    // Another year keeps the default.
    expect((await matrix(2025)).scheme.name).toBe('八个一');
  });

  it('lists the members serving in the year only', async () => {
    await f.member('赵离任', { joinedOn: '2020-01-01', leftOn: '2025-12-31', status: 'left' });
    await f.member('钱年中离任', { leftOn: '2026-06-30', status: 'left' });
    await f.member('孙明年入', { joinedOn: '2027-01-01' });
    await f.member('周未填日期', { status: 'left' });
    const gone = await f.member('吴已删除');
    await t.must('members.delete', { id: gone });
    const names = (await matrix()).rows.map((r) => r.member.name);
    expect(names).toEqual(['李红', '钱年中离任', '王建国', '张伟']);
    expect((await matrix(2025)).rows.map((r) => r.member.name)).toContain('赵离任');
  });

  it('refuses an impossible year in Chinese', async () => {
    expect(await t.refusal('duty.matrix', { year: 1800 })).toContain('年度不能早于 1949 年');
  });
});

describe('duty.matrix row order', () => {
  it('lists members by the full pinyin of their names, so one surname stays together', async () => {
    for (const name of ['黄海', '韩梅', '洪亮', '韩雪']) await f.member(name);
    const names = (await matrix()).rows.map((r) => r.member.name);
    expect(names).toEqual(['韩梅', '韩雪', '洪亮', '黄海', '李红', '王建国', '张伟']);
  });
});
