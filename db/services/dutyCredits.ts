import type Database from 'better-sqlite3';
import type { DutyEvidence, EvidenceKind } from '../../shared/contract/duty';
import type { DutyScheme } from '../../shared/dutySchemes';
import type { ActivityType, CreditKind } from '../../shared/enums';

/** [member position][item position] → the evidence crediting that item, in the order found. */
export type Credits = DutyEvidence[][][];

/** [memberId, rowId, title, date] — raw rows keep a 100,000-activity year cheap. */
type CreditRow = [number, number, string, string | null];

/**
 * Rows of the year crediting each kind, one query per kind for the whole year. Proposals credit
 * their lead member and every co-signer once; a 社情民意 still in draft has not been submitted and
 * credits nobody.
 */
const kindQueries: Record<CreditKind, { kind: EvidenceKind; sql: string }> = {
  proposal: {
    kind: 'proposal',
    sql: `SELECT lead_member_id, id, title, submitted_on FROM proposals
          WHERE deleted_at IS NULL AND year = @year AND lead_member_id IS NOT NULL
          UNION
          SELECT c.member_id, p.id, p.title, p.submitted_on FROM proposals p
          JOIN proposal_cosigners c ON c.proposal_id = p.id
          WHERE p.deleted_at IS NULL AND p.year = @year
          ORDER BY 4 NULLS LAST, 2`,
  },
  opinion_report: {
    kind: 'opinion_report',
    sql: `SELECT a.member_id, r.id, r.title, r.submitted_on FROM opinion_reports r
          JOIN opinion_report_members a ON a.report_id = r.id
          WHERE r.deleted_at IS NULL AND r.year = @year AND r.status <> 'draft'
          ORDER BY r.submitted_on NULLS LAST, r.id`,
  },
  deed: {
    kind: 'deed',
    sql: `SELECT member_id, id, title, happened_on FROM deeds
          WHERE deleted_at IS NULL AND year = @year AND member_id IS NOT NULL
          ORDER BY happened_on NULLS LAST, id`,
  },
  member_summary: {
    kind: 'document',
    sql: `SELECT member_id, id, title, substr(created_at, 1, 10) FROM documents
          WHERE deleted_at IS NULL AND year = @year AND kind = 'member_summary'
          ORDER BY id`,
  },
};

/** Activity type or record kind → the positions of the scheme's items it credits. */
function itemsBy<K extends string>(scheme: DutyScheme, keysOf: (i: DutyScheme['items'][number]) => K[]) {
  const out = new Map<K, number[]>();
  scheme.items.forEach((item, pos) => {
    for (const key of keysOf(item)) out.set(key, [...(out.get(key) ?? []), pos]);
  });
  return out;
}

/**
 * Everything that credits a duty item of the scheme in the year, for the given members only:
 * attendance 出席 at held live activities of a crediting type, records of crediting kinds, and the
 * clerk's manual 履职记录. A few queries for the whole year, never one per member or per cell.
 */
export function collectCredits(db: Database.Database, scheme: DutyScheme, year: number, memberIds: number[]): Credits {
  // Positions, not nested maps: a 5,000-member year gives tens of thousands of credits.
  const credits: Credits = memberIds.map(() => scheme.items.map(() => []));
  const rowOf = new Map(memberIds.map((id, pos) => [id, pos]));
  const give = (memberId: number, items: number[], evidence: DutyEvidence) => {
    const pos = rowOf.get(memberId);
    if (pos === undefined) return;
    for (const item of items) credits[pos][item].push(evidence);
  };

  const byType = itemsBy(scheme, (i) => i.creditActivityTypes);
  if (byType.size) {
    // One pass over the year's activities, each with the members present as a JSON array, so
    // one evidence object per activity is shared by everyone who attended it.
    const rows = db
      .prepare(
        `SELECT a.id, a.title, a.starts_on, a.type,
                (SELECT json_group_array(p.member_id) FROM activity_participants p
                 WHERE p.activity_id = a.id AND p.attendance = 'present') AS present
         FROM activities a
         WHERE a.deleted_at IS NULL AND a.year = @year AND a.status = 'held'
           AND a.type IN (SELECT value FROM json_each(@types))
         ORDER BY a.starts_on, a.id`,
      )
      .raw()
      .all({ year, types: JSON.stringify([...byType.keys()]) }) as [number, string, string, ActivityType, string][];
    for (const [id, title, date, type, present] of rows) {
      const evidence: DutyEvidence = { kind: 'activity', id, title, date };
      const items = byType.get(type) ?? [];
      for (const memberId of JSON.parse(present) as number[]) give(memberId, items, evidence);
    }
  }

  for (const [kind, items] of itemsBy(scheme, (i) => i.creditKinds)) {
    const q = kindQueries[kind];
    const rows = db.prepare(q.sql).raw().all({ year }) as CreditRow[];
    for (const [memberId, id, title, date] of rows) give(memberId, items, { kind: q.kind, id, title, date });
  }

  const itemOfCode = new Map(scheme.items.map((item, pos) => [item.code, [pos]]));
  const records = db
    .prepare(
      `SELECT member_id, id, item_code, description, done_on FROM duty_records
       WHERE deleted_at IS NULL AND year = @year ORDER BY done_on NULLS LAST, id`,
    )
    .raw()
    .all({ year }) as [number, number, string, string, string | null][];
  for (const [memberId, id, code, description, date] of records) {
    const items = itemOfCode.get(code);
    if (items) give(memberId, items, { kind: 'record', id, title: description, date });
  }
  return credits;
}
