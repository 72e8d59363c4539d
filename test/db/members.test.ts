import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testArchive, type TestArchive } from '../helpers/archive';
import { nameKey } from '../../db/members/order/nameKey';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

const auditRows = (entity: string, id: number) =>
  t.archive.db.prepare('SELECT action FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, id) as { action: string }[];

describe('members', () => {
  it('creates, updates, deletes to the recycle bin and restores, with an audit row each', async () => {
    const m = await t.must('members.create', { name: '张伟', sector: '经济界', phone: '13800138000' });
    expect(m.nameInitials).toBe('zw');
    expect(m.committeeLevels).toEqual(['county']);
    const u = await t.must('members.update', { id: m.id, patch: { name: '单雄', workUnit: 'XX公司 总经理' } });
    expect(u.nameInitials).toBe('sx');
    expect(u.workUnit).toBe('XX公司 总经理');
    const d = await t.must('members.delete', { id: m.id });
    expect(d.deletedAt).not.toBeNull();
    expect((await t.must('members.list', {})).total).toBe(0);
    expect((await t.must('members.list', { scope: 'deleted' })).items.map((x) => x.id)).toEqual([m.id]);
    const got = await t.call('members.get', { id: m.id });
    expect(got.ok).toBe(false);
    await t.must('members.restore', { id: m.id });
    expect((await t.must('members.list', {})).items[0].name).toBe('单雄');
    expect(auditRows('member', m.id).map((r) => r.action)).toEqual(['create', 'update', 'delete', 'restore']);
  });

  it('names every live member for the pickers, past any page size, by name and optionally by status', async () => {
    const db = t.archive.db;
    const insert = db.prepare("INSERT INTO members (name, name_initials, name_key, status) VALUES (?, ?, ?, 'active')");
    db.transaction(() => {
      for (let i = 0; i < 1200; i++) insert.run(`委员${i}`, `wy${String(i).padStart(4, '0')}`, nameKey(`委员${i}`, 'pinyin'));
    })();
    const left = await t.must('members.create', { name: '艾青', status: 'left', sector: '文艺界' });
    const gone = await t.must('members.create', { name: '白杨' });
    await t.must('members.delete', { id: gone.id });

    const all = await t.must('members.names', {});
    expect(all).toHaveLength(1201);
    expect(all[0]).toEqual({ id: left.id, name: '艾青', nameInitials: 'aq', sector: '文艺界', status: 'left' });
    expect(all.map((m) => m.name)).not.toContain('白杨');
    const active = await t.must('members.names', { status: 'active' });
    expect(active).toHaveLength(1200);
    expect(active.slice(0, 2).map((m) => m.name)).toEqual(['委员0', '委员1']);
    const bad = await t.call('members.names', { status: 'gone' as never });
    expect(bad.ok || bad.error.message).toContain('状态无效');
  });

  it('refuses bad input with Chinese field messages and writes nothing', async () => {
    const r = await t.call('members.create', { name: '  ', phone: '12345', birthDate: '1970-02-30' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.message).toContain('请填写姓名');
    expect(r.error.fields?.map((f) => f.path).sort()).toEqual(['birthDate', 'name', 'phone']);
    expect(t.archive.db.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 0 });
    expect(t.archive.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });

  it('finds members by 2-character name, pinyin initials, phone and filters', async () => {
    await t.must('members.create', { name: '王建国', sector: '农业界', phone: '13912345678', committeeLevels: ['county', 'city'] });
    await t.must('members.create', { name: '李红', sector: '经济界', position: 'standing' });
    const names = async (input: Parameters<TestArchive['must']>[1]) =>
      (await t.must('members.list', input as never)).items.map((m) => m.name);
    expect(await names({ q: '建国' })).toEqual(['王建国']);
    expect(await names({ q: 'wjg' })).toEqual(['王建国']);
    expect(await names({ q: 'WJ' })).toEqual(['王建国']);
    expect(await names({ q: '1391234' })).toEqual(['王建国']);
    expect(await names({ committeeLevel: 'city' })).toEqual(['王建国']);
    expect(await names({ position: 'standing' })).toEqual(['李红']);
    expect(await names({ q: '%' })).toEqual([]);
  });

  it('rejects unknown methods and unknown fields', async () => {
    const r1 = await t.call('members.purge' as never, {} as never);
    expect(r1.ok ? null : r1.error.code).toBe('UNKNOWN_METHOD');
    const r2 = await t.call('members.create', { name: '赵六', salary: 1 } as never);
    expect(r2.ok ? null : r2.error.code).toBe('INVALID_INPUT');
  });
});

describe('members with names in Latin letters', () => {
  it('stores a foreign or full-width name and finds it by its letters', async () => {
    const john = await t.must('members.create', { name: 'John' });
    await t.must('members.create', { name: 'Ａｌｉ' });
    const found = await t.must('members.list', { q: 'jo' });
    expect(found.items.map((m) => m.id)).toEqual([john.id]);
    expect((await t.must('members.list', {})).total).toBe(2);
  });
});
