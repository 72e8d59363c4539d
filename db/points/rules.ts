import type Database from 'better-sqlite3';
import type { YearPointsRules } from '../../shared/contract/points';
import { defaultPointsRules, type PointsRules } from '../../shared/pointsRules';
import { audit } from '../audit/log';

/**
 * Saved rules over the defaults, section by section: rules saved before a later version added a
 * rule read that rule as its default instead of failing.
 */
function withDefaults(saved: Partial<PointsRules>): PointsRules {
  const d = defaultPointsRules;
  return {
    ...d,
    ...saved,
    attendance: { ...d.attendance, ...saved.attendance },
    reportAdopted: { ...d.reportAdopted, ...saved.reportAdopted },
    caps: { ...d.caps, ...saved.caps },
    grades: saved.grades ?? d.grades,
  };
}

/** The year's rules: the group's own when saved, else the defaults. */
export function rulesForYear(db: Database.Database, year: number): YearPointsRules {
  const row = db.prepare('SELECT rules, updated_at FROM points_rules WHERE year = ?').get(year) as
    | { rules: string; updated_at: string }
    | undefined;
  if (!row) return { year, rules: defaultPointsRules, saved: false, updatedAt: null };
  return { year, rules: withDefaults(JSON.parse(row.rules) as Partial<PointsRules>), saved: true, updatedAt: row.updated_at };
}

/** Saves the whole of a year's rules (already validated by the contract), with an audit row. */
export function saveRules(db: Database.Database, year: number, rules: PointsRules): YearPointsRules {
  return db.transaction(() => {
    const before = rulesForYear(db, year);
    db.prepare(
      `INSERT INTO points_rules (year, rules, updated_at) VALUES (@year, @rules, @now)
       ON CONFLICT (year) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at`,
    ).run({ year, rules: JSON.stringify(rules), now: new Date().toISOString() });
    const after = rulesForYear(db, year);
    audit(db, {
      entity: 'points_rules',
      entityId: year,
      action: before.saved ? 'update' : 'create',
      summary: `${before.saved ? '修改' : '设置'} ${year}年度履职积分规则`,
      before: before.saved ? before.rules : undefined,
      after: after.rules,
    });
    return after;
  })();
}
