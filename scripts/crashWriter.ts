// The child of the crash test: opens the archive and writes through the dispatcher in a loop,
// printing one line per write only after it committed, until the parent kills it with SIGKILL.
// Usage: crashWriter <archive file> <seed>
import { openArchive } from '../db/archive';
import { createDispatcher } from '../db/dispatcher';
import { mulberry32 } from './crashRandom';

/** Pipes are written synchronously on Linux, so a printed line has left the process before the next write. */
const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const [file, seedArg] = process.argv.slice(2);
  const rand = mulberry32(Number(seedArg) || 1);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const archive = await openArchive(file);
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
  for (let n = 0; ; n++) {
    const roll = rand();
    if (members.length < 3 || roll < 0.3) {
      const m = await must('members.create', { name: `委员${seedArg}-${n}`, sector: pick(['经济界', '农业界', '教育界']) });
      members.unshift(m.id);
      say(`member ${m.id}`);
    } else if (activities.length === 0 || roll < 0.6) {
      const people = [...new Set([pick(members), pick(members), pick(members)])];
      const a = await must('activities.create', {
        type: 'inspection',
        title: `视察 ${seedArg}-${n}`,
        startsOn: '2026-05-14',
        participants: people.map((memberId) => ({ memberId, attendance: 'present' })),
      });
      activities.unshift(a.id);
      say(`activity ${a.id} ${people.join(',')}`);
    } else {
      const activityId = pick(activities);
      const memberId = pick(members);
      await must('activities.setAttendance', { activityId, memberId, attendance: pick(['present', 'absent']) });
      say(`attendance ${activityId} ${memberId}`);
    }
  }
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(2);
});
