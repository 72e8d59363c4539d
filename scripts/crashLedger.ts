// What the crash writer reported as committed, kept across cycles, and checked against the archive
// after each crash: every member with its name and sector, every activity with its title and date,
// every attendance cell with the value last written. The one write in flight when the writer died
// (`pending …` with no report after it) may or may not have landed; both outcomes are accepted.
import type Database from 'better-sqlite3';

type Key = string; // m<id>, a<id>, c<activity>:<member>

interface Entry {
  /** What the archive must hold for this key. */
  value: string;
  /** The report that set it, for the message, and whether it came in the cycle being checked. */
  line: string;
  cycle: number;
}

export interface LedgerCheck {
  /** Reported writes whose values are not in the archive (each report counted once). */
  lost: string[];
  /** Reports checked in this cycle. */
  confirmed: number;
}

function effects(line: string): [Key, string][] {
  const [kind, ...rest] = line.split(' ');
  if (kind === 'member') return [[`m${rest[0]}`, `${rest[1]} ${rest[2]}`]];
  if (kind === 'activity') {
    const [id, startsOn, title, sheet] = rest;
    return [
      [`a${id}`, `${startsOn} ${title}`],
      ...sheet.split(',').map((cell): [Key, string] => {
        const [memberId, attendance] = cell.split(':');
        return [`c${id}:${memberId}`, attendance];
      }),
    ];
  }
  if (kind === 'attendance') return [[`c${rest[0]}:${rest[1]}`, rest[2]]];
  throw new Error(`无法识别写入进程的报告：${line}`);
}

function actualState(db: Database.Database): Map<Key, string> {
  const state = new Map<Key, string>();
  for (const r of db.prepare('SELECT id, name, sector FROM members').all() as {
    id: number;
    name: string;
    sector: string;
  }[]) {
    state.set(`m${r.id}`, `${r.sector} ${r.name}`);
  }
  for (const r of db.prepare('SELECT id, starts_on, title FROM activities').all() as {
    id: number;
    starts_on: string;
    title: string;
  }[]) {
    state.set(`a${r.id}`, `${r.starts_on} ${r.title}`);
  }
  const cells = db.prepare('SELECT activity_id, member_id, attendance FROM activity_participants').all() as {
    activity_id: number;
    member_id: number;
    attendance: string;
  }[];
  for (const r of cells) state.set(`c${r.activity_id}:${r.member_id}`, r.attendance);
  return state;
}

export class CrashLedger {
  private readonly expected = new Map<Key, Entry>();
  private cycle = 0;

  /** Takes one cycle's whole lines from the writer and checks everything reported so far. */
  check(db: Database.Database, lines: string[]): LedgerCheck {
    this.cycle++;
    const reported = lines.filter((l) => !l.startsWith('pending '));
    const last = lines.at(-1);
    const inFlight = last?.startsWith('pending attendance ') ? effects(last.slice('pending '.length))[0] : null;
    for (const line of reported)
      for (const [key, value] of effects(line)) this.expected.set(key, { value, line, cycle: this.cycle });

    const actual = actualState(db);
    const lost = new Map<string, string>(); // report → what is wrong, the first found
    for (const [key, entry] of this.expected) {
      const now = actual.get(key);
      if (now === entry.value) continue;
      if (inFlight && key === inFlight[0] && now === inFlight[1]) {
        this.expected.set(key, { value: now, line: last!, cycle: this.cycle });
        continue;
      }
      const when = entry.cycle === this.cycle ? '' : `（第 ${entry.cycle} 轮确认）`;
      if (!lost.has(entry.line))
        lost.set(entry.line, `已确认的写入丢失${when}：${entry.line}；档案中为 ${now ?? '（无）'}`);
      // Counted once: from here on the archive's state is what later cycles are checked against.
      if (now === undefined) this.expected.delete(key);
      else this.expected.set(key, { value: now, line: `${entry.line}（丢失后）`, cycle: this.cycle });
    }
    return { lost: [...lost.values()], confirmed: reported.length };
  }
}
