import type { Input } from '../../shared/api';
import type { CommitteeLevel, GroupRole, Position } from '../../shared/enums';
import { ethnicities, givenNames, mobilePrefixes, surnames } from './names';
import { communities, township } from './places';
import type { Rng } from './random';
import { sectors } from './sectors';

export type MemberInput = Input<'members.create'>;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The group's own officers, by their place in the roster: 0–2 are 中共, 12 经济界, 15 农业界 (see sectors.ts). */
const officers: Record<number, { groupRole: GroupRole; position: Position; levels: CommitteeLevel[] }> = {
  0: { groupRole: 'leader', position: 'standing', levels: ['county', 'city'] },
  2: { groupRole: 'liaison', position: 'member', levels: ['county'] },
  12: { groupRole: 'deputy_leader', position: 'standing', levels: ['county', 'city', 'province'] },
  15: { groupRole: 'deputy_leader', position: 'member', levels: ['county'] },
};

function uniqueName(rng: Rng, female: boolean, taken: Set<string>): string {
  for (;;) {
    const name = rng.pick(surnames) + rng.pick(female ? givenNames.female : givenNames.male);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** A birthday in the coming 30 days, so the birthday list is never empty on a demo. */
function upcomingBirthday(today: Date, inDays: number, birthYear: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + inDays));
  const monthDay = isoDay(d).slice(5);
  return `${birthYear}-${monthDay === '02-29' ? '02-28' : monthDay}`;
}

/**
 * About thirty members across the sectors: officers, three levels of committee, a few birthdays
 * coming up and two members who left during the year. Draws from rng in a fixed order, so the
 * roster depends on the seed alone (only the upcoming birthdays move with today).
 */
export function roster(rng: Rng, year: number, today: Date): MemberInput[] {
  const taken = new Set<string>();
  const joinedOn = `${year - township.termStart.yearsBefore}-${township.termStart.monthDay}`;
  // A sector that fills all its posts keeps their order, so the group's officers hold the first ones.
  const people = sectors.flatMap((s) =>
    (s.count === s.workUnits.length ? [...s.workUnits] : rng.sample(s.workUnits, s.count)).map((workUnit) => ({
      s,
      workUnit,
    })),
  );
  const birthdaysSoon = new Set(rng.sample([...people.keys()], 4));
  const leavers = new Map(rng.sample([5, 8, 18, 22, 27], 2).map((i, n) => [i, n]));

  return people.map(({ s, workUnit }, i) => {
    const female = rng.chance(0.3);
    const name = uniqueName(rng, female, taken);
    const birthYear = rng.int(1962, 1988);
    const ownBirthday = `${birthYear}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const inDays = rng.int(1, 30);
    const community = rng.pick(communities);
    const phone = rng.pick(mobilePrefixes) + String(rng.int(0, 99_999_999)).padStart(8, '0');
    const extraLevel = rng.chance(0.15);
    const officer = officers[i];
    const leaver = leavers.get(i);
    const member: MemberInput = {
      name,
      gender: female ? 'female' : 'male',
      birthDate: birthdaysSoon.has(i) ? upcomingBirthday(today, inDays, birthYear) : ownBirthday,
      ethnicity: rng.pick(ethnicities),
      party: rng.pick(s.parties),
      sector: s.sector,
      specialCommittee: s.specialCommittee,
      committeeLevels: officer?.levels ?? (extraLevel ? ['county', 'city'] : ['county']),
      term: township.term,
      position: officer?.position ?? 'member',
      groupRole: officer?.groupRole ?? 'none',
      workUnit,
      phone,
      address: `${township.name}${community}${community.endsWith('村') ? `${rng.int(1, 12)}组` : `${rng.int(1, 30)}幢`}${rng.int(1, 60)}号`,
      linkedCommunity: community,
      status: 'active',
      joinedOn,
    };
    if (leaver !== undefined) {
      member.status = 'left';
      member.leftOn = leaver === 0 ? `${year}-03-18` : `${year}-07-01`;
      member.notes = leaver === 0 ? '工作调动，经区政协常委会同意离任。' : '因年龄原因辞去委员职务。';
    }
    return member;
  });
}
