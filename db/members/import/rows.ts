import type { ImportCandidate, ImportRow, ImportRowError, ImportRowNote } from '../../../shared/contract/memberImport';
import { memberCreate } from '../../../shared/contract/members';
import type { Grid, RawCell } from '../../sheets/grid';
import { headerAliases, type ImportField, type HeaderMap as MemberHeaderMap } from './headers';
import { TEMPLATE_EXAMPLE_NOTE } from './templateRows';
import { normalizeCell } from './values';

const blank = (c: RawCell) => c === null || (typeof c === 'string' && c.trim() === '');

/** One data row → the member it describes, with every problem named by its column. */
type Candidate = { input: ImportCandidate; errors: ImportRowError[]; cleaned?: ImportRowNote[] };

function candidate(cells: RawCell[], map: MemberHeaderMap): Candidate {
  const input: Record<string, unknown> = {};
  const errors: ImportRowError[] = [];
  const cleaned: ImportRowNote[] = [];
  const labelOf = (field: string) =>
    map.columns.find((c) => c.field === field)?.label ?? headerAliases[field as ImportField]?.[0] ?? field;
  for (const { index, field, label } of map.columns) {
    const n = normalizeCell(field, cells[index] ?? null);
    if ('error' in n) errors.push({ field, label, message: n.error });
    else if ('posts' in n) {
      // A 联络组职务 column wins over a group role written into 职务, whichever comes first.
      input.position ??= n.posts.position;
      if (field === 'groupRole') input.groupRole = n.posts.groupRole;
      else input.groupRole ??= n.posts.groupRole;
    } else if (n.value !== undefined) {
      input[field] = n.value;
      if (n.cleaned) cleaned.push({ field, label, message: `${label}${n.cleaned}` });
    }
  }
  const notes = cleaned.length ? { cleaned } : {};
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  // A blank 姓名 should read 请填写姓名, not that the name is of the wrong type.
  input.name ??= '';
  const parsed = memberCreate.safeParse(input);
  if (parsed.success) return { input: errors.length ? input : parsed.data, errors, ...notes };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'row');
    if (!errors.some((e) => e.field === field)) errors.push({ field, label: labelOf(field), message: issue.message });
  }
  return { input, errors, ...notes };
}

/** The data rows under the header row; blank rows and the template's example row are passed over. */
export function gridRows(grid: Grid, headerAt: number, map: MemberHeaderMap): ImportRow[] {
  const rows: ImportRow[] = [];
  for (let i = headerAt + 1; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    const used = map.columns.filter((c) => !blank(cells[c.index] ?? null));
    if (!used.length) continue;
    const notes = used.find((c) => c.field === 'notes');
    if (notes && cells[notes.index] === TEMPLATE_EXAMPLE_NOTE) continue;
    rows.push({ line: grid.lines[i], ...candidate(cells, map) });
  }
  return rows;
}
