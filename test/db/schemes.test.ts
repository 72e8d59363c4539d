import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DutySchemeItem, DutySchemeItemDef } from '../../shared/dutySchemes';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

const count = (sql: string) => (t.archive.db.prepare(sql).get() as { n: number }).n;
const auditActions = (entity: string, id: number) =>
  t.archive.db
    .prepare('SELECT action FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id')
    .pluck()
    .all(entity, id) as string[];
const errorOf = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }) =>
  r.ok ? null : r.error;

const item = (code: string, label: string) => ({
  code,
  label,
  requiredCount: 1,
  creditActivityTypes: ['inspection' as const],
  creditKinds: [],
});

describe('duty schemes', () => {
  it('starts with the three presets, and a year with no binding uses 八个一', async () => {
    const all = await t.must('schemes.list', {});
    expect(all.map((s) => [s.id, s.name, s.preset, s.items.length])).toEqual([
      [1, '八个一', 'eight', 8],
      [2, '五个一', 'five', 5],
      [3, '四个一', 'four', 4],
    ]);
    expect(all[0].items.map((i) => i.label)).toContain('一次工作视察');
    expect(all[0].items.find((i) => i.code === 'inspection')?.creditActivityTypes).toEqual(['inspection']);
    const scheme = await t.must('schemes.forYear', { year: 2026 });
    expect(scheme).toMatchObject({ id: 1, name: '八个一', boundYears: [] });
  });

  it('copies a preset into a custom scheme, edits, deletes and restores it, with an audit row each', async () => {
    const s = await t.must('schemes.create', { name: '本镇五个一', copyFrom: 2 });
    expect(s.preset).toBeNull();
    expect(s.items.map((i) => i.label)).toEqual((await t.must('schemes.get', { id: 2 })).items.map((i) => i.label));

    const u = await t.must('schemes.update', {
      id: s.id,
      patch: {
        name: '本镇三个一',
        items: [item('visit', '一次走访'), { ...item('info', '一条信息'), requiredCount: 2 }],
      },
    });
    expect(u.name).toBe('本镇三个一');
    expect(u.items.map((i) => [i.code, i.requiredCount, i.position])).toEqual([
      ['visit', 1, 0],
      ['info', 2, 1],
    ]);
    expect((await t.must('schemes.get', { id: 2 })).items).toHaveLength(5);

    await t.must('schemes.delete', { id: s.id });
    expect((await t.must('schemes.list', {})).map((x) => x.id)).toEqual([1, 2, 3]);
    expect((await t.must('schemes.list', { scope: 'deleted' })).map((x) => x.id)).toEqual([s.id]);
    expect(errorOf(await t.call('schemes.get', { id: s.id }))?.code).toBe('NOT_FOUND');
    const r = await t.must('schemes.restore', { id: s.id });
    expect(r).toMatchObject({ deletedAt: null, name: '本镇三个一' });
    expect(r.items).toHaveLength(2);
    expect(auditActions('duty_scheme', s.id)).toEqual(['create', 'update', 'delete', 'restore']);
    const log = t.archive.db
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'duty_scheme' AND action = 'update'")
      .get() as { before: string; after: string };
    expect(JSON.parse(log.before).items).toHaveLength(5);
    expect(JSON.parse(log.after).items).toHaveLength(2);
  });

  it('refuses bad items and writes nothing', async () => {
    const bad = [
      { name: '重复', items: [item('visit', '一次走访'), item('visit', '又一次走访')] },
      { name: '过多', items: [{ ...item('visit', '一次走访'), requiredCount: 101 }] },
      { name: '类型', items: [{ ...item('visit', '一次走访'), creditActivityTypes: ['party' as never] }] },
      { name: '种类', items: [{ ...item('visit', '一次走访'), creditKinds: ['photo' as never] }] },
      { name: '代码', items: [item('走访', '一次走访')] },
      { name: '空', items: [] },
      { name: '无事项' },
      { name: '   ', copyFrom: 1 },
    ];
    const messages: string[] = [];
    for (const input of bad) {
      const e = errorOf(await t.call('schemes.create', input));
      expect(e?.code).toBe('INVALID_INPUT');
      messages.push(e?.message ?? '');
    }
    expect(messages).toEqual([
      expect.stringContaining('同一方案中的事项代码不能重复'),
      expect.stringContaining('每年应完成次数不能超过 100'),
      expect.stringContaining('计入该事项的活动类型无效'),
      expect.stringContaining('计入该事项的记录种类无效'),
      expect.stringContaining('事项代码须以字母开头'),
      expect.stringContaining('履职方案至少要有一个事项'),
      expect.stringContaining('请选择要复制的方案，或填写方案事项'),
      expect.stringContaining('请填写方案名称'),
    ]);
    const missing = errorOf(await t.call('schemes.create', { name: '复制不存在的', copyFrom: 99 }));
    expect(missing).toEqual({ code: 'NOT_FOUND', message: '找不到编号为 99 的履职方案，它可能已被删除。' });
    const clash = errorOf(await t.call('schemes.create', { name: '八个一', copyFrom: 1 }));
    expect(clash).toEqual({ code: 'CONFLICT', message: '已有名为“八个一”的履职方案，请换一个名称。' });
    const dupOnUpdate = errorOf(
      await t.call('schemes.update', { id: 1, patch: { items: [item('a', '甲'), item('a', '乙')] } }),
    );
    expect(dupOnUpdate?.code).toBe('INVALID_INPUT');

    expect(count('SELECT count(*) AS n FROM duty_schemes')).toBe(3);
    expect(count('SELECT count(*) AS n FROM duty_scheme_items')).toBe(17);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'duty_scheme'")).toBe(0);
  });

  it('binds a year to a scheme, follows the binding, and refuses to delete a bound scheme or a preset', async () => {
    const own = await t.must('schemes.create', { name: '本镇四个一', copyFrom: 3 });
    expect((await t.must('schemes.setForYear', { year: 2026, schemeId: own.id })).boundYears).toEqual([2026]);
    expect((await t.must('schemes.forYear', { year: 2026 })).id).toBe(own.id);
    expect((await t.must('schemes.forYear', { year: 2025 })).id).toBe(1);

    const refused = errorOf(await t.call('schemes.delete', { id: own.id }));
    expect(refused).toEqual({
      code: 'CONFLICT',
      message: '履职方案“本镇四个一”已用于 2026年，不能删除；请先为该年度改用其他方案。',
    });
    const preset = errorOf(await t.call('schemes.delete', { id: 2 }));
    expect(preset).toEqual({ code: 'CONFLICT', message: '“五个一”是预置的履职方案，不能删除；可以修改它的事项。' });

    await t.must('schemes.setForYear', { year: 2026, schemeId: 2 });
    expect((await t.must('schemes.forYear', { year: 2026 })).name).toBe('五个一');
    const again = await t.must('schemes.setForYear', { year: 2026, schemeId: 2 });
    expect(again.boundYears).toEqual([2026]);
    expect(auditActions('year_scheme', 2026)).toEqual(['create', 'update']);

    await t.must('schemes.delete', { id: own.id });
    const toBinned = errorOf(await t.call('schemes.setForYear', { year: 2027, schemeId: own.id }));
    expect(toBinned?.code).toBe('NOT_FOUND');
    expect(count('SELECT count(*) AS n FROM year_schemes')).toBe(1);
  });

  it('lets the clerk edit a preset', async () => {
    const eight = await t.must('schemes.get', { id: 1 });
    const u = await t.must('schemes.update', {
      id: 1,
      patch: { items: eight.items.map((i) => (i.code === 'opinion' ? { ...i, requiredCount: 2 } : i)).map(strip) },
    });
    expect(u.preset).toBe('eight');
    expect(u.items.find((i) => i.code === 'opinion')?.requiredCount).toBe(2);
  });

  it('keeps duty records meaningful: no dropping an item in use, no switching a year away from its items', async () => {
    const m = await t.must('members.create', { name: '张伟' });
    await t.must('dutyRecords.create', {
      memberId: m.id,
      year: 2026,
      itemCode: 'research',
      description: '参加产业调研',
    });
    const eight = await t.must('schemes.get', { id: 1 });
    const dropped = errorOf(
      await t.call('schemes.update', {
        id: 1,
        patch: { items: eight.items.filter((i) => i.code !== 'research').map(strip) },
      }),
    );
    expect(dropped?.code).toBe('CONFLICT');
    expect(dropped?.message).toContain('2026年事项 research 有 1 条');
    expect((await t.must('schemes.get', { id: 1 })).items).toHaveLength(8);

    const switched = errorOf(await t.call('schemes.setForYear', { year: 2026, schemeId: 2 }));
    expect(switched?.code).toBe('CONFLICT');
    expect(switched?.message).toContain('2026年已有按“八个一”登记的履职记录不在“五个一”中');
    expect((await t.must('schemes.forYear', { year: 2026 })).id).toBe(1);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity IN ('duty_scheme', 'year_scheme')")).toBe(0);

    // Another year's records do not hold the scheme of 2027 back.
    expect((await t.must('schemes.setForYear', { year: 2027, schemeId: 2 })).boundYears).toEqual([2027]);
  });
});

/** A stored item as update input (without its row id and position). */
const strip = (i: DutySchemeItem): DutySchemeItemDef => ({
  code: i.code,
  label: i.label,
  requiredCount: i.requiredCount,
  creditActivityTypes: i.creditActivityTypes,
  creditKinds: i.creditKinds,
});
