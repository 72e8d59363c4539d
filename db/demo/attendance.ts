import type { Member } from '../../shared/contract/members';
import type { ActivitySpec } from './activities';
import type { Rng } from './random';
import { leaveReasons } from './sectors';

type Participant = {
  memberId: number;
  attendance: 'present' | 'excused' | 'absent';
  leaveReason?: string;
  role?: string;
};

/** A member is on the roster on a day unless they left before it. */
const onRosterOn = (m: Member, day: string) => m.status !== 'left' || !m.leftOn || m.leftOn > day;

const leadRole: Partial<Record<ActivitySpec['type'], string>> = {
  inspection: '带队',
  research: '带队',
  supervision: '带队',
  charity: '带队',
  reception: '值班委员',
};

/**
 * The attendance sheet of a held activity: the responsible member present, most others present,
 * some on leave with a reason, a few absent.
 */
export function attendanceSheet(
  rng: Rng,
  spec: ActivitySpec,
  day: string,
  roster: Member[],
  responsible: Member,
): Participant[] {
  const others = roster.filter((m) => m.id !== responsible.id && onRosterOn(m, day));
  const invited = spec.attendees === 'all' ? others : rng.sample(others, spec.attendees - 1);
  const sheet: Participant[] = [
    { memberId: responsible.id, attendance: 'present', role: leadRole[spec.type] ?? '主持' },
  ];
  for (const m of invited) {
    const r = rng.next();
    if (r < 0.8) sheet.push({ memberId: m.id, attendance: 'present' });
    else if (r < 0.93) sheet.push({ memberId: m.id, attendance: 'excused', leaveReason: rng.pick(leaveReasons) });
    else sheet.push({ memberId: m.id, attendance: 'absent' });
  }
  return sheet;
}
