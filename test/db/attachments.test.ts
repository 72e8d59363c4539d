import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { testArchive, type TestArchive } from '../helpers/archive';

let t: TestArchive;
let activityId: number;
beforeEach(async () => {
  t = await testArchive();
  activityId = (await t.must('activities.create', { type: 'study', title: '学习会', startsOn: '2026-03-02' })).id;
});
afterEach(() => t.close());

const count = (sql: string) => (t.archive.db.prepare(sql).get() as { n: number }).n;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const photo = Buffer.concat([PNG_SIGNATURE, Buffer.from('活动照片的字节')]);
const photoAt = (ownerId: number, name = '签到.png') => ({
  ownerKind: 'activity' as const,
  ownerId,
  name,
  mime: 'image/PNG',
  dataBase64: photo.toString('base64'),
});

describe('attachments', () => {
  it('stores the same bytes once, returns them intact, deletes and restores with audit rows', async () => {
    const a = await t.must('attachments.add', { ...photoAt(activityId), caption: '签到现场' });
    const b = await t.must('attachments.add', photoAt(activityId, '签到（副本）.png'));
    expect(a.sha256).toBe(createHash('sha256').update(photo).digest('hex'));
    expect(b.sha256).toBe(a.sha256);
    expect(a).toMatchObject({ size: photo.length, mime: 'image/png', caption: '签到现场' });
    expect(count('SELECT count(*) AS n FROM blobs')).toBe(1);
    expect(count('SELECT count(*) AS n FROM attachments')).toBe(2);

    const got = await t.must('attachments.get', { id: b.id });
    expect(Buffer.from(got.dataBase64, 'base64').equals(photo)).toBe(true);
    expect(got.name).toBe('签到（副本）.png');

    await t.must('attachments.delete', { id: a.id });
    expect((await t.must('attachments.list', { ownerKind: 'activity', ownerId: activityId })).map((x) => x.id)).toEqual(
      [b.id],
    );
    expect((await t.call('attachments.get', { id: a.id })).ok).toBe(false);
    await t.must('attachments.restore', { id: a.id });
    expect((await t.must('attachments.list', { ownerKind: 'activity', ownerId: activityId })).map((x) => x.id)).toEqual(
      [a.id, b.id],
    );
    const actions = t.archive.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'attachment' AND entity_id = ? ORDER BY id")
      .all(a.id)
      .map((r) => (r as { action: string }).action);
    expect(actions).toEqual(['create', 'delete', 'restore']);
  });

  it('sets and clears a photo’s caption with an audit row; refuses a long one or a deleted photo, writing nothing', async () => {
    const a = await t.must('attachments.add', photoAt(activityId));
    expect(a.caption).toBeNull();
    expect((await t.must('attachments.setCaption', { id: a.id, caption: '  委员实地察看  ' })).caption).toBe(
      '委员实地察看',
    );
    expect((await t.must('attachments.list', { ownerKind: 'activity', ownerId: activityId }))[0].caption).toBe(
      '委员实地察看',
    );
    const long = await t.call('attachments.setCaption', { id: a.id, caption: '长'.repeat(201) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.message).toContain('照片说明不能超过 200 个字');
    expect((await t.must('attachments.setCaption', { id: a.id, caption: '' })).caption).toBeNull();
    await t.must('attachments.delete', { id: a.id });
    const audits = count("SELECT count(*) AS n FROM audit_log WHERE entity = 'attachment'");
    expect((await t.call('attachments.setCaption', { id: a.id, caption: '已删除' })).ok).toBe(false);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'attachment'")).toBe(audits);
    const updates = t.archive.db
      .prepare(
        "SELECT count(*) AS n FROM audit_log WHERE entity = 'attachment' AND entity_id = ? AND action = 'update'",
      )
      .get(a.id) as { n: number };
    expect(updates.n).toBe(2);
  });

  it('refuses a missing or deleted owner, a path in the name, bad base64 and more than 50 MB, writing nothing', async () => {
    const missing = await t.call('attachments.add', photoAt(999));
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(missing.ok ? '' : missing.error.message).toContain('找不到编号为 999 的活动');

    const binned = (await t.must('activities.create', { type: 'study', title: '已删除的活动', startsOn: '2026-04-01' }))
      .id;
    await t.must('activities.delete', { id: binned });
    const toBin = await t.call('attachments.add', photoAt(binned));
    expect(toBin.ok ? '' : toBin.error.message).toContain('在回收站中');

    for (const name of ['../../etc/passwd', 'C:\\Users\\照片.jpg', '照片/1.jpg', '..']) {
      const r = await t.call('attachments.add', photoAt(activityId, name));
      expect(r.ok ? null : r.error.code).toBe('INVALID_INPUT');
      expect(r.ok ? '' : r.error.message).toContain('文件名不能含有路径');
    }
    const notBase64 = await t.call('attachments.add', { ...photoAt(activityId), dataBase64: '不是base64' });
    expect(notBase64.ok ? '' : notBase64.error.message).toContain('不是有效的 Base64 编码');

    // Well-formed base64 of 50 MB + 1 byte.
    const oneByteTooMany = 'A'.repeat(Math.ceil((50 * 1024 * 1024) / 3) * 4);
    const tooBig = await t.call('attachments.add', { ...photoAt(activityId), dataBase64: oneByteTooMany });
    expect(tooBig.ok ? null : tooBig.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: '输入有误：附件不能超过 50 MB',
    });

    expect(count('SELECT count(*) AS n FROM blobs')).toBe(0);
    expect(count('SELECT count(*) AS n FROM attachments')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'attachment'")).toBe(0);
  });

  it('refuses a file that claims to be a photo or a PDF but is not, and keeps the real type of a photo', async () => {
    const notAPhoto = await t.call('attachments.add', {
      ...photoAt(activityId, '会议照片.jpg'),
      mime: 'image/jpeg',
      dataBase64: Buffer.from('这其实是一份文字材料').toString('base64'),
    });
    expect(notAPhoto.ok ? null : notAPhoto.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(notAPhoto.ok ? '' : notAPhoto.error.message).toContain('“会议照片.jpg”不是有效的图片');
    const notAPdf = await t.call('attachments.add', { ...photoAt(activityId, '通知.pdf'), mime: 'application/pdf' });
    expect(notAPdf.ok ? '' : notAPdf.error.message).toContain('不是有效的PDF 文件');
    expect(count('SELECT count(*) AS n FROM blobs')).toBe(0);

    const misnamed = await t.must('attachments.add', { ...photoAt(activityId, '合影.jpg'), mime: 'image/jpeg' });
    expect(misnamed.mime).toBe('image/png');
  });

  it('accepts exactly 50 MB', async () => {
    const bytes = Buffer.alloc(50 * 1024 * 1024, 7);
    const a = await t.must('attachments.add', {
      ...photoAt(activityId, '录像.bin'),
      mime: 'application/octet-stream',
      dataBase64: bytes.toString('base64'),
    });
    expect(a.size).toBe(bytes.length);
  });
});
