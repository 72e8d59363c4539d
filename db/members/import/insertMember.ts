import type { Archive } from '../../archive';
import { memberTable } from '../repo';
import { snake, type FieldKind } from '../../repo/table';
import { nameInitials } from '../../search/initials';

/** The member's columns with the archive's defaults, written as tableRepo would, but audited as an import. */
export function insertMember(
  db: Archive['db'],
  input: Record<string, unknown>,
  keyOf: (name: string) => string,
): number {
  const { defaults } = memberTable.spec;
  const fields: Record<string, FieldKind> = memberTable.spec.fields;
  const values: Record<string, unknown> = { name_key: keyOf(String(input.name)) };
  for (const key of Object.keys(fields)) {
    const v = key === 'nameInitials' ? nameInitials(String(input.name)) : (input[key] ?? defaults?.[key]);
    if (v === undefined || v === null || v === '') continue;
    values[snake(key)] = fields[key] === 'json' ? JSON.stringify(v) : v;
  }
  const cols = Object.keys(values);
  const sql = `INSERT INTO members (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
  return Number(db.prepare(sql).run(values).lastInsertRowid);
}
