import type Database from 'better-sqlite3';
import type { DutyEvidence, EvidenceKind } from '../../shared/contract/duty';
import type { DutyScheme } from '../../shared/dutySchemes';
import type { CreditKind } from '../../shared/enums';
import { prepared } from '../repo/statements';
import { schemeForYear } from './schemes/forYear';

/**
 * One way a row of the year credits members: `from` is its FROM … WHERE … (binding @year), and
 * each branch names the member it credits and the key (activity type, item code) that picks the
 * items. Counting and listing read the same definition, so a cell's count is always the length of
 * the evidence behind it.
 */
interface Branch {
  member: string;
  key: string;
  id: string;
  title: string;
  date: string;
  from: string;
}

interface Source {
  kind: EvidenceKind;
  /** Its name in duty_counts (migration 9), where its credits are kept counted per member and key. */
  counted: 'activity' | CreditKind | 'record';
  branches: Branch[];
  /** ORDER BY of the evidence, by column number: 1 key, 2 id, 3 title, 4 date. */
  order: string;
  /** Whether the key is filtered to the scheme's keys (an activity type, an item code). */
  keyed: boolean;
}

/** Attendance 出席 at held live activities; one row per member present. */
const activities: Source = {
  kind: 'activity',
  counted: 'activity',
  keyed: true,
  branches: [
    {
      member: 'p.member_id',
      key: 'a.type',
      id: 'a.id',
      title: 'a.title',
      date: 'a.starts_on',
      from: `activities a JOIN activity_participants p ON p.activity_id = a.id
             WHERE a.deleted_at IS NULL AND a.year = @year AND a.status = 'held' AND p.attendance = 'present'`,
    },
  ],
  order: '4, 2',
};

/** A branch over a table's own rows: its id and title, crediting the member its `member` column names. */
const ownRows = (from: string, date: string, member = 'member_id'): Branch => ({
  member,
  key: 'NULL',
  id: 'id',
  title: 'title',
  date,
  from,
});

/** A record kind's source: counted under its own name, whatever the item (not keyed); undated rows last. */
const recordSource = (
  kind: EvidenceKind,
  counted: CreditKind,
  branches: Branch[],
  order = '4 NULLS LAST, 2',
): Source => ({
  kind,
  counted,
  keyed: false,
  branches,
  order,
});

/**
 * Records of the kinds an item may credit. A proposal credits its lead member and every co-signer
 * once (a lead also listed as co-signer counts once); a 社情民意 still in draft has not been
 * submitted and credits nobody.
 */
const kinds: Record<CreditKind, Source> = {
  proposal: recordSource('proposal', 'proposal', [
    ownRows(
      'proposals WHERE deleted_at IS NULL AND year = @year AND lead_member_id IS NOT NULL',
      'submitted_on',
      'lead_member_id',
    ),
    {
      member: 'c.member_id',
      key: 'NULL',
      id: 'p.id',
      title: 'p.title',
      date: 'p.submitted_on',
      from: `proposals p JOIN proposal_cosigners c ON c.proposal_id = p.id
             WHERE p.deleted_at IS NULL AND p.year = @year AND c.member_id IS NOT p.lead_member_id`,
    },
  ]),
  opinion_report: recordSource('opinion_report', 'opinion_report', [
    {
      member: 'a.member_id',
      key: 'NULL',
      id: 'r.id',
      title: 'r.title',
      date: 'r.submitted_on',
      from: `opinion_reports r JOIN opinion_report_members a ON a.report_id = r.id
             WHERE r.deleted_at IS NULL AND r.year = @year AND r.status <> 'draft'`,
    },
  ]),
  deed: recordSource('deed', 'deed', [
    ownRows('deeds WHERE deleted_at IS NULL AND year = @year AND member_id IS NOT NULL', 'happened_on'),
  ]),
  member_summary: recordSource(
    'document',
    'member_summary',
    [
      ownRows(
        `documents WHERE deleted_at IS NULL AND year = @year AND kind = 'member_summary'`,
        'substr(created_at, 1, 10)',
      ),
    ],
    '2',
  ),
};

/** The clerk's manual 履职记录, each crediting the item it names. */
const records: Source = {
  kind: 'record',
  counted: 'record',
  keyed: true,
  branches: [
    {
      member: 'member_id',
      key: 'item_code',
      id: 'id',
      title: 'description',
      date: 'done_on',
      from: 'duty_records WHERE deleted_at IS NULL AND year = @year',
    },
  ],
  order: '4 NULLS LAST, 2',
};

const keyFilter = (s: Source) => (s.keyed ? 'WHERE key IN (SELECT value FROM json_each(@keys))' : '');

/** One member's rows, each with its key; the member is bound in every branch, so its indexes serve. */
const evidenceSql = (s: Source) =>
  `SELECT * FROM (${s.branches
    .map((b) => `SELECT ${b.key} AS key, ${b.id}, ${b.title}, ${b.date} FROM ${b.from} AND ${b.member} = @memberId`)
    .join(' UNION ALL ')}) ${keyFilter(s)} ORDER BY ${s.order}`;

/** A source the scheme uses, with the item positions each of its keys credits. */
interface Use {
  source: Source;
  /** The keys the scheme's items take from it (none for a source that is not keyed). */
  keys: string[];
  itemsOf(key: string | null): number[];
}

/** Activity type, record kind or item code → the positions of the scheme's items it credits. */
function positionsBy<K extends string>(scheme: DutyScheme, keysOf: (i: DutyScheme['items'][number]) => K[]) {
  const out = new Map<K, number[]>();
  scheme.items.forEach((item, pos) => {
    for (const key of keysOf(item)) out.set(key, [...(out.get(key) ?? []), pos]);
  });
  return out;
}

/**
 * The sources the scheme's items are credited by, in the order their evidence is listed within a
 * cell: activities, then record kinds in the order the items name them, then manual records.
 */
function usesOf(scheme: DutyScheme): Use[] {
  const keyed = <K extends string>(source: Source, by: Map<K, number[]>): Use => ({
    source,
    keys: [...by.keys()],
    itemsOf: (key) => (key === null ? [] : (by.get(key as K) ?? [])),
  });
  const byType = positionsBy(scheme, (i) => i.creditActivityTypes);
  const byKind = positionsBy(scheme, (i) => i.creditKinds);
  const byCode = positionsBy(scheme, (i) => [i.code]);
  return [
    ...(byType.size ? [keyed(activities, byType)] : []),
    ...[...byKind].map(([kind, items]) => ({
      source: kinds[kind],
      keys: [],
      itemsOf: () => items,
    })),
    keyed(records, byCode),
  ];
}

/**
 * How many rows credit each item of the scheme in the year, for the given members only:
 * [member position][item position]. The counts are kept by triggers in duty_counts (migration 9),
 * per member, source and key. Only the sources and keys the scheme's items take are read (about
 * half the year's counts: the attendance sheets and the activity types no item credits are not),
 * each as one range of the table's primary key packed into two JSON arrays, members and counts
 * (far cheaper than a row per count).
 */
export function countCredits(db: Database.Database, scheme: DutyScheme, year: number, memberIds: number[]): number[][] {
  const counts = memberIds.map(() => scheme.items.map(() => 0));
  // By member id: a plain array is the cheapest lookup for tens of thousands of credits.
  const rowOf: (number[] | undefined)[] = [];
  memberIds.forEach((id, pos) => (rowOf[id] = counts[pos]));
  const wanted = usesOf(scheme).flatMap((use) =>
    use.source.keyed ? use.keys.map((key) => ({ use, key })) : [{ use, key: '' }],
  );
  const packed = prepared(
    db,
    `SELECT (SELECT json_group_array(member_id) || '|' || json_group_array(n) FROM duty_counts
              WHERE year = @year AND source = j.value ->> 0 AND key = j.value ->> 1)
     FROM json_each(@ranges) j ORDER BY j.key`,
  )
    .pluck()
    .all({ year, ranges: JSON.stringify(wanted.map(({ use, key }) => [use.source.counted, key])) }) as string[];
  packed.forEach((range, r) => {
    const { use, key } = wanted[r];
    const items = use.itemsOf(use.source.keyed ? key : null);
    const bar = range.indexOf('|');
    const members = JSON.parse(range.slice(0, bar)) as number[];
    const n = JSON.parse(range.slice(bar + 1)) as number[];
    for (let i = 0; i < members.length; i++) {
      const row = rowOf[members[i]];
      if (row) for (const item of items) row[item] += n[i];
    }
  });
  return counts;
}

/** The year's scheme, and how many rows credit each of its items for the given members (as `countCredits`). */
export function yearCredits(
  db: Database.Database,
  year: number,
  members: readonly { id: number }[],
): { scheme: DutyScheme; counts: number[][] } {
  const scheme = schemeForYear(db, year);
  return {
    scheme,
    counts: countCredits(
      db,
      scheme,
      year,
      members.map((m) => m.id),
    ),
  };
}

/** The rows crediting each item of the scheme for one member in the year: [item position] → evidence. */
export function memberEvidence(
  db: Database.Database,
  scheme: DutyScheme,
  year: number,
  memberId: number,
): DutyEvidence[][] {
  const evidence: DutyEvidence[][] = scheme.items.map(() => []);
  for (const use of usesOf(scheme)) {
    const rows = prepared(db, evidenceSql(use.source))
      .raw()
      .all({ year, memberId, keys: JSON.stringify(use.keys) }) as [string | null, number, string, string | null][];
    for (const [key, id, title, date] of rows) {
      const e: DutyEvidence = { kind: use.source.kind, id, title, date };
      for (const item of use.itemsOf(key)) evidence[item].push(e);
    }
  }
  return evidence;
}
