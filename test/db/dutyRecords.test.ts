import { beforeEach, describe, expect, it } from 'vitest';
import { research } from '../fixtures/sampleRecords';
import { errorOf } from '../helpers/archiveQueries';
import { recordKindArchive } from '../helpers/recordKindArchive';

const { t, ids, count, auditActions } = recordKindArchive('duty_record', '张伟', '李红');
let zhang: number, li: number;
beforeEach(() => void ([zhang, li] = ids));

describe('duty records', () => {
  it('creates, updates, deletes and restores, with an audit row each', async () => {
    const r = await t.must('dutyRecords.create', { ...research, memberId: zhang });
    expect(r).toMatchObject({ memberName: '张伟', itemCode: 'research', itemLabel: '一次工作调研', year: 2026 });
    const u = await t.must('dutyRecords.update', { id: r.id, patch: { itemCode: 'inspection', evidence: null } });
    expect(u).toMatchObject({ itemLabel: '一次工作视察', evidence: null, description: research.description });
    await t.must('dutyRecords.delete', { id: r.id });
    expect((await t.must('dutyRecords.list', { year: 2026 })).total).toBe(0);
    expect(errorOf(await t.call('dutyRecords.get', { id: r.id }))?.code).toBe('NOT_FOUND');
    expect((await t.must('dutyRecords.restore', { id: r.id })).deletedAt).toBeNull();
    expect(auditActions(r.id)).toEqual(['create', 'update', 'delete', 'restore']);
    const summary = t.archive.db
      .prepare("SELECT summary FROM audit_log WHERE entity = 'duty_record' ORDER BY id LIMIT 1")
      .pluck()
      .get();
    expect(summary).toBe('新增履职记录 张伟 2026年 一次工作调研');
  });

  it('refuses an item outside the year’s scheme, unknown or binned members, impossible dates; writes nothing', async () => {
    const notInScheme = errorOf(
      await t.call('dutyRecords.create', { ...research, memberId: zhang, itemCode: 'project' }),
    );
    expect(notInScheme?.code).toBe('INVALID_INPUT');
    expect(notInScheme?.message).toContain('2026年适用的履职方案“八个一”中没有事项 project');
    expect(notInScheme?.message).toContain('一次工作调研、一次工作视察');

    const unknown = errorOf(await t.call('dutyRecords.create', { ...research, memberId: 999 }));
    expect(unknown).toEqual({ code: 'INVALID_INPUT', message: '找不到编号为 999 的委员，不能作为履职记录的委员。' });

    await t.must('members.delete', { id: li });
    const binned = errorOf(await t.call('dutyRecords.create', { ...research, memberId: li }));
    expect(binned?.message).toBe('委员 李红 在回收站中，不能作为履职记录的委员；请先从回收站恢复。');

    const badDate = errorOf(await t.call('dutyRecords.create', { ...research, memberId: zhang, doneOn: '2026-02-30' }));
    expect(badDate?.code).toBe('INVALID_INPUT');
    expect(badDate?.message).toContain('日期无效');
    const empty = errorOf(await t.call('dutyRecords.create', { ...research, memberId: zhang, description: '  ' }));
    expect(empty?.message).toContain('请填写履职内容');

    expect(count('SELECT count(*) AS n FROM duty_records')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'duty_record'")).toBe(0);
  });

  it('checks the item against the scheme of the year the record is in', async () => {
    await t.must('schemes.setForYear', { year: 2025, schemeId: 2 });
    const five = await t.must('dutyRecords.create', {
      memberId: zhang,
      year: 2025,
      itemCode: 'project',
      description: '引进一家农产品加工企业',
    });
    expect(five.itemLabel).toBe('引进一个项目（一批资金）');
    const wrongYear = errorOf(await t.call('dutyRecords.update', { id: five.id, patch: { year: 2026 } }));
    expect(wrongYear?.message).toContain('2026年适用的履职方案“八个一”中没有事项 project');
    expect((await t.must('dutyRecords.get', { id: five.id })).year).toBe(2025);
    expect(auditActions(five.id)).toEqual(['create']);
  });

  it('does not bring back from the recycle bin a record whose item its year’s scheme has dropped since', async () => {
    const r = await t.must('dutyRecords.create', { ...research, memberId: zhang });
    await t.must('dutyRecords.delete', { id: r.id });
    const eight = await t.must('schemes.get', { id: 1 });
    const kept = eight.items
      .filter((i) => i.code !== 'research')
      .map(({ code, label, requiredCount, creditActivityTypes, creditKinds }) => ({
        code,
        label,
        requiredCount,
        creditActivityTypes,
        creditKinds,
      }));
    await t.must('schemes.update', { id: 1, patch: { items: kept } });
    const back = errorOf(await t.call('dutyRecords.restore', { id: r.id }));
    expect(back?.code).toBe('INVALID_INPUT');
    expect(back?.message).toContain('中没有事项 research');
    expect(auditActions(r.id)).toEqual(['create', 'delete']);
  });

  it('lists a year’s records, by member and by item', async () => {
    await t.must('dutyRecords.create', { ...research, memberId: zhang });
    await t.must('dutyRecords.create', { ...research, memberId: li, itemCode: 'opinion', description: '反映停车难' });
    await t.must('dutyRecords.create', { ...research, memberId: li, year: 2025, description: '去年的调研' });
    const names = async (input: { year: number; memberId?: number; itemCode?: string }) =>
      (await t.must('dutyRecords.list', input)).items.map((r) => `${r.memberName}:${r.itemCode}`);
    expect(await names({ year: 2026 })).toEqual(['李红:opinion', '张伟:research']);
    expect(await names({ year: 2026, memberId: li })).toEqual(['李红:opinion']);
    expect(await names({ year: 2026, itemCode: 'research' })).toEqual(['张伟:research']);
    expect(await names({ year: 2025 })).toEqual(['李红:research']);
  });
});
