import type Database from 'better-sqlite3';
import type { ImportCandidate, ImportDuplicate, ImportRow } from '../../../shared/contract/memberImport';

interface Who {
  name?: string | null;
  phone?: string | null;
  birthDate?: string | null;
  idNumber?: string | null;
}

/**
 * What makes two rows the same person: the same ID number, or the same name with the same phone or
 * birth date. The same name alone is not enough — two members may share a common name.
 */
function keys(m: Who): [string, string][] {
  const out: [string, string][] = [];
  if (m.idNumber) out.push([`i:${m.idNumber.toUpperCase()}`, '身份证号相同']);
  if (m.name && m.phone) out.push([`p:${m.name}\u0000${m.phone}`, '同名且电话相同']);
  if (m.name && m.birthDate) out.push([`b:${m.name}\u0000${m.birthDate}`, '同名且出生日期相同']);
  return out;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : null);
const who = (c: ImportCandidate): Who => ({
  name: str(c.name),
  phone: str(c.phone),
  birthDate: str(c.birthDate),
  idNumber: str(c.idNumber),
});

/** Marks each row that repeats a member in the archive (recycle bin excluded) or an earlier row of the file. */
export function markDuplicates(db: Database.Database, rows: ImportRow[]): void {
  const archived = new Map<string, { id: number; name: string }>();
  const members = db
    .prepare(
      'SELECT id, name, phone, birth_date AS birthDate, id_number AS idNumber FROM members WHERE deleted_at IS NULL',
    )
    .all() as (Who & { id: number; name: string })[];
  for (const m of members) for (const [k] of keys(m)) if (!archived.has(k)) archived.set(k, m);

  const earlier = new Map<string, number>();
  for (const row of rows) {
    let dup: ImportDuplicate | undefined;
    for (const [k, why] of keys(who(row.input))) {
      const m = archived.get(k);
      if (m) {
        dup = { source: 'archive', memberId: m.id, message: `档案中已有委员 ${m.name}（${why}）` };
        break;
      }
      const line = earlier.get(k);
      if (line !== undefined && !dup) dup = { source: 'file', line, message: `与第 ${line} 行重复（${why}）` };
    }
    for (const [k] of keys(who(row.input))) if (!earlier.has(k)) earlier.set(k, row.line);
    if (dup) row.duplicateOf = dup;
  }
}
