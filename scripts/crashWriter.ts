// The child of the crash tests: opens the archive and writes through the dispatcher in a loop,
// printing `pending …` before each write and one line with the values written only after it
// committed, until the parent kills it (SIGKILL, or a simulated power loss).
// Usage: crashWriter <archive file> <seed>
// Test-only settings, honoured here and nowhere in the app: CRASH_WRITER_SYNCHRONOUS (OFF, NORMAL
// or FULL) replaces the archive's synchronous pragma, to show the power-loss loop catches a
// missing sync; CRASH_WRITER_AUTOCHECKPOINT (pages) makes checkpoints frequent, so the kill also
// lands while the WAL is copied into the archive and restarted.
import { openArchive } from '../db/archive';
import { createDispatcher } from '../db/dispatcher';
import type { Attendance } from '../shared/enums';
import { mulberry32 } from './crashRandom';

/** Pipes are written synchronously on Linux, so a printed line has left the process before the next write. */
const say = (line: string) => process.stdout.write(`${line}\n`);

const VALUES: readonly Attendance[] = ['present', 'excused', 'absent'];

function testOverrides(): { synchronous?: string; autocheckpoint?: number } {
  const synchronous = process.env.CRASH_WRITER_SYNCHRONOUS;
  const pages = process.env.CRASH_WRITER_AUTOCHECKPOINT;
  if (synchronous !== undefined && !['OFF', 'NORMAL', 'FULL'].includes(synchronous)) {
    throw new Error(`CRASH_WRITER_SYNCHRONOUS 只能是 OFF、NORMAL 或 FULL：${synchronous}`);
  }
  if (pages !== undefined && !/^[1-9]\d{0,5}$/.test(pages))
    throw new Error(`CRASH_WRITER_AUTOCHECKPOINT 需要正整数：${pages}`);
  return { synchronous, autocheckpoint: pages === undefined ? undefined : Number(pages) };
}

async function main(): Promise<void> {
  const [file, seedArg] = process.argv.slice(2);
  const overrides = testOverrides();
  const rand = mulberry32(Number(seedArg) || 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const archive = await openArchive(file);
  if (overrides.synchronous) archive.db.pragma(`synchronous = ${overrides.synchronous}`);
  if (overrides.autocheckpoint) archive.db.pragma(`wal_autocheckpoint = ${overrides.autocheckpoint}`);
  const dispatch = createDispatcher(archive);
  const ids = (sql: string) => (archive.db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  const members = ids('SELECT id FROM members WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 50');
  const activities = ids('SELECT id FROM activities WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 50');
  say('ready');

  const must = async (method: string, input: unknown) => {
    const r = await dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as { id: number };
  };
  // Writes until killed: if the harness itself dies first (a cancelled test run), stop rather
  // than write on for ever (under the power-loss shim every write also grows an undo journal).
  const parent = process.ppid;
  for (let n = 0; ; n++) {
    if (process.ppid !== parent) process.exit(3);
    const roll = rand();
    if (members.length < 3 || roll < 0.3) {
      const name = `委员${seedArg}-${n}`;
      const sector = pick(['经济界', '农业界', '教育界']);
      say('pending member');
      const m = await must('members.create', { name, sector });
      members.unshift(m.id);
      say(`member ${m.id} ${sector} ${name}`);
    } else if (activities.length === 0 || roll < 0.6) {
      const people = [...new Set([pick(members), pick(members), pick(members)])];
      const sheet = people.map((memberId) => ({ memberId, attendance: pick(VALUES) }));
      const title = `视察${seedArg}-${n}`;
      say('pending activity');
      const a = await must('activities.create', {
        type: 'inspection',
        title,
        startsOn: '2026-05-14',
        participants: sheet,
      });
      activities.unshift(a.id);
      say(`activity ${a.id} 2026-05-14 ${title} ${sheet.map((p) => `${p.memberId}:${p.attendance}`).join(',')}`);
    } else {
      const activityId = pick(activities);
      const memberId = pick(members);
      // Always a different value from the one on the sheet, so a lost write cannot look like a kept one.
      const now = archive.db
        .prepare('SELECT attendance FROM activity_participants WHERE activity_id = ? AND member_id = ?')
        .pluck()
        .get(activityId, memberId);
      const attendance = pick(VALUES.filter((v) => v !== now));
      say(`pending attendance ${activityId} ${memberId} ${attendance}`);
      await must('activities.setAttendance', { activityId, memberId, attendance });
      say(`attendance ${activityId} ${memberId} ${attendance}`);
    }
  }
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(2);
});
