import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
beforeEach(async () => {
  t = await testArchive();
});
afterEach(() => t.close());

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Rows of the tables other aggregates write, already in the recycle bin (as their own .delete would leave them). */
function binnedElsewhere(memberId: number) {
  const db = t.archive.db;
  db.prepare(
    `INSERT INTO proposals (year, title, lead_member_id, deleted_at) VALUES (2026, '关于改善农村道路的提案', ?, '2026-01-05T08:00:00.000Z')`,
  ).run(memberId);
  db.prepare(
    `INSERT INTO duty_records (member_id, year, item_code, description, deleted_at) VALUES (?, 2026, 'research', '参加产业调研', '2026-01-04T08:00:00.000Z')`,
  ).run(memberId);
  db.prepare(
    `INSERT INTO opinion_reports (year, title, deleted_at) VALUES (2026, '群众反映停车难', '2026-01-03T08:00:00.000Z')`,
  ).run();
  db.prepare(`INSERT INTO deeds (year, title, deleted_at) VALUES (2026, '捐资助学', '2026-01-02T08:00:00.000Z')`).run();
  db.prepare(
    `INSERT INTO documents (year, kind, title, deleted_at) VALUES (2026, 'annual_summary', '2026年度工作总结', '2026-01-01T08:00:00.000Z')`,
  ).run();
}

describe('recycle bin', () => {
  it('lists soft-deleted rows of every table, newest first, and forgets a row once restored', async () => {
    const keep = await t.must('members.create', { name: '李红' });
    binnedElsewhere(keep.id);
    const item = await t.must('plan.create', { year: 2026, month: 3, title: '学习两会精神' });
    const activity = await t.must('activities.create', { type: 'study', title: '学习会', startsOn: '2026-03-02' });
    const file = await t.must('attachments.add', {
      ownerKind: 'activity',
      ownerId: activity.id,
      name: '照片.jpg',
      mime: 'image/jpeg',
      dataBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]).toString('base64'),
    });
    const gone = await t.must('members.create', { name: '张伟' });
    for (const del of [
      () => t.must('plan.delete', { id: item.id }),
      () => t.must('attachments.delete', { id: file.id }),
      () => t.must('activities.delete', { id: activity.id }),
      () => t.must('members.delete', { id: gone.id }),
    ]) {
      await tick();
      await del();
    }

    const bin = await t.must('recycle.list', {});
    expect(bin.total).toBe(9);
    expect(bin.items.map((r) => [r.entity, r.label])).toEqual([
      ['member', '张伟'],
      ['activity', '2026年3月2日 学习会'],
      ['attachment', '照片.jpg'],
      ['plan_item', '2026年3月 学习两会精神'],
      ['proposal', '关于改善农村道路的提案'],
      ['duty_record', '李红：参加产业调研'],
      ['opinion_report', '群众反映停车难'],
      ['deed', '捐资助学'],
      ['document', '2026年度工作总结'],
    ]);
    expect(bin.items[0]).toMatchObject({ id: gone.id, deletedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    const members = await t.must('recycle.list', { entity: 'member' });
    expect(members).toEqual({ items: [bin.items[0]], total: 1 });
    expect((await t.must('recycle.list', { limit: 2, offset: 1 })).items.map((r) => r.entity)).toEqual([
      'activity',
      'attachment',
    ]);

    await t.must('activities.restore', { id: activity.id });
    expect((await t.must('recycle.list', {})).items.map((r) => r.entity)).not.toContain('activity');
    expect((await t.call('recycle.list', { entity: 'group' as never })).ok).toBe(false);
  });
});

describe('recycle bin and duty schemes', () => {
  it('shows a deleted custom scheme by its name, and forgets it once restored', async () => {
    const scheme = await t.must('schemes.create', { name: '本镇四个一', copyFrom: 3 });
    await t.must('schemes.delete', { id: scheme.id });
    const binned = await t.must('recycle.list', { entity: 'duty_scheme' });
    expect(binned.items.map((i) => [i.entity, i.id, i.label])).toEqual([['duty_scheme', scheme.id, '本镇四个一']]);
    await t.must('schemes.restore', { id: scheme.id });
    expect((await t.must('recycle.list', { entity: 'duty_scheme' })).total).toBe(0);
  });
});
