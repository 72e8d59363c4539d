import type Database from 'better-sqlite3';
import type { Archive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import { LAST_YEAR } from '../scale';
import { measure, type MeasureOptions } from '../measure';
import type { ArchiveKind, CaseResult } from '../results';

const maxId = (db: Database.Database, table: string) =>
  db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;

/**
 * A create and an update through the contract (each a durable commit, as the clerk's save is),
 * beside the same rows written by raw statements. Everything written here is removed afterwards,
 * so a reused archive stays as generated.
 */
export async function runWrites(archive: Archive, kind: ArchiveKind, o: MeasureOptions): Promise<CaseResult[]> {
  const { db } = archive;
  const dispatch = createDispatcher(archive);
  const before = { activities: maxId(db, 'activities'), audit: maxId(db, 'audit_log') };
  const sheet = db
    .prepare(`SELECT id FROM members WHERE deleted_at IS NULL AND status = 'active' ORDER BY id LIMIT 15`)
    .pluck()
    .all() as number[];
  const target = db.prepare(`SELECT id, notes FROM activities WHERE year = ? ORDER BY id LIMIT 1`).get(LAST_YEAR) as {
    id: number;
    notes: string | null;
  };
  const input = {
    type: 'research' as const,
    title: '基准测试：村级养老服务调研',
    startsOn: `${LAST_YEAR}-06-18`,
    place: '镇政府三楼会议室',
    content: '调研村级居家养老服务照料中心运行情况，听取村干部和老人意见。',
    participants: sheet.map((memberId) => ({ memberId, attendance: 'present' as const })),
  };
  const raw = {
    activity:
      db.prepare(`INSERT INTO activities (type, title, starts_on, place, content, collective, suggestions_count, status)
                          VALUES (@type, @title, @startsOn, @place, @content, 1, 0, 'held')`),
    participant: db.prepare(
      `INSERT INTO activity_participants (activity_id, member_id, attendance) VALUES (?, ?, 'present')`,
    ),
    read: db.prepare('SELECT * FROM activities WHERE id = ?'),
    update: db.prepare('UPDATE activities SET notes = ?, updated_at = ? WHERE id = ?'),
    audit: db.prepare(
      `INSERT INTO audit_log (entity, entity_id, action, summary, after) VALUES ('activity', ?, ?, ?, ?)`,
    ),
  };
  let n = 0;
  const rawCreate = db.transaction(() => {
    const id = raw.activity.run(input).lastInsertRowid;
    for (const m of sheet) raw.participant.run(id, m);
    raw.audit.run(id, 'create', '新增活动', JSON.stringify(raw.read.get(id)));
  });
  const rawUpdate = db.transaction(() => {
    const was = raw.read.get(target.id);
    raw.update.run(`基准测试 ${++n}`, new Date().toISOString(), target.id);
    raw.audit.run(target.id, 'update', '修改活动', JSON.stringify({ was, now: raw.read.get(target.id) }));
  });
  const ok = async (method: string, value: unknown) => {
    const r = await dispatch(method, value);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r;
  };
  try {
    const create = await measure(() => ok('activities.create', input), o);
    const createRaw = await measure(rawCreate, o);
    const update = await measure(
      () => ok('activities.update', { id: target.id, patch: { notes: `基准测试 ${++n}` } }),
      o,
    );
    const updateRaw = await measure(rawUpdate, o);
    const row = (name: string, timing: typeof create, rawT: typeof create): CaseResult => ({
      suite: 'writes',
      archive: kind,
      area: 'write',
      name,
      timing,
      raw: rawT,
      ratio: timing.p50 / rawT.p50,
      note: 'each a committed transaction (synchronous=FULL)',
    });
    return [
      row(`activities.create with ${sheet.length} on the sheet`, create, createRaw),
      row('activities.update (one field)', update, updateRaw),
    ];
  } finally {
    db.transaction(() => {
      db.prepare('DELETE FROM activity_participants WHERE activity_id > ?').run(before.activities);
      db.prepare('DELETE FROM activities WHERE id > ?').run(before.activities);
      db.prepare('DELETE FROM audit_log WHERE id > ?').run(before.audit);
      db.prepare('UPDATE activities SET notes = ? WHERE id = ?').run(target.notes, target.id);
    })();
  }
}
