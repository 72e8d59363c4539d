import { ActivityStatus, type Attendance } from '../../../shared/enums';
import type { LedgerImportRow } from '../../../shared/contract/ledgerImport';
import { isProblem, type RawCell } from '../../sheets/grid';
import { readActivityType } from './activityTypes';
import { readLedgerDate, readLedgerTime, yearIn } from './dates';
import type { LedgerField, LedgerHeaderMap } from './headers';
import { splitNames } from './names';

/** A row as read from the file, before the roster and the archive are asked; attendees carry no member yet. */
export type ParsedLedgerRow = Omit<LedgerImportRow, 'attendees' | 'duplicateOf'> & {
  attendees: { name: string; attendance: Attendance; reason: string | null }[];
};

/** The year a date written without one takes, and where it was found (标题行, 工作表名 …). */
export interface YearContext {
  year: number;
  from: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const text = (c: RawCell): string => {
  if (c === null || isProblem(c)) return '';
  if (c instanceof Date) return `${c.getUTCFullYear()}-${pad(c.getUTCMonth() + 1)}-${pad(c.getUTCDate())}`;
  if (typeof c === 'number') return Number.isInteger(c) ? c.toFixed(0) : String(c);
  return c.replace(/\r\n?/g, '\n').trim();
};
export const blank = (c: RawCell) => c === null || (typeof c === 'string' && c.trim() === '');
export const totalsRow = /^(合计|总计|小计|共计)/;
const attendanceOf: Partial<Record<LedgerField, Attendance>> = {
  present: 'present',
  excused: 'excused',
  absent: 'absent',
};
/** A title longer than this, taken from a 活动内容 cell, keeps its first sentence; the whole text is the content. */
const TITLE_FROM_CONTENT = 60;

function titleFromContent(content: string): string {
  const first = content.split(/[。；;\n]/)[0].trim();
  return first.length <= TITLE_FROM_CONTENT ? first : `${first.slice(0, TITLE_FROM_CONTENT - 1)}…`;
}

/**
 * One data row → the activity it records, with every problem in Chinese and every reading said
 * (the year taken from elsewhere, 中旬 on the 15th, a type word mapped, head counts naming nobody).
 */
export function readRow(
  cells: RawCell[],
  line: number,
  map: LedgerHeaderMap,
  context: YearContext | null,
): ParsedLedgerRow {
  const cell = (f: LedgerField) => {
    const col = map.columns.find((c) => c.field === f);
    return col ? (cells[col.index] ?? null) : null;
  };
  const labelOf = (f: LedgerField) => map.columns.find((c) => c.field === f)?.label ?? f;
  const errors: string[] = [];
  const readNotes: string[] = [];
  for (const { index, label } of map.columns) {
    const c = cells[index];
    if (c && isProblem(c)) errors.push(`${label}：${c.problem}`);
  }
  // The year: the row's own 年度 column, else the section or title above, the sheet's or the file's name.
  const yearCell = text(cell('year'));
  const ownYear = yearIn(yearCell);
  const year = ownYear ? { year: ownYear, from: `“${labelOf('year')}”列` } : context;

  const dateCell = cell('date');
  const row: ParsedLedgerRow = {
    line,
    dateWritten: text(dateCell),
    startsOn: null,
    endsOn: null,
    startTime: null,
    endTime: null,
    type: 'other',
    typeWritten: text(cell('type')) || null,
    status: 'held',
    collective: null,
    title: '',
    place: text(cell('place')) || null,
    content: text(cell('content')) || null,
    responsible: text(cell('responsible')) || null,
    organiser: text(cell('organiser')) || null,
    notes: text(cell('notes')) || null,
    suggestionsCount: null,
    reportTitle: text(cell('reportTitle')) || null,
    attendees: [],
    errors,
    readNotes,
  };
  if (dateCell === null || blank(dateCell)) errors.push('未填日期');
  else if (!isProblem(dateCell)) {
    const d = readLedgerDate(dateCell, year);
    if ('error' in d) errors.push(d.error);
    else {
      row.startsOn = d.startsOn;
      row.endsOn = d.endsOn;
      row.startTime = d.startTime;
      if (d.note) readNotes.push(d.note);
    }
  }
  const time = text(cell('time'));
  if (time) Object.assign(row, readLedgerTime(time));

  const titleCell = text(cell('title'));
  if (titleCell) row.title = titleCell;
  else if (row.content) {
    row.title = titleFromContent(row.content);
    if (row.title === row.content) row.content = null;
    else readNotes.push(`活动名称取自“${labelOf('content')}”列的第一句`);
  }
  if (!row.title) errors.push('未填活动名称（或活动内容）');
  else if (row.title.length > 120) errors.push(`活动名称超过 120 个字（${row.title.length} 个字）`);

  const t = readActivityType(row.typeWritten, row.title);
  row.type = t.type;
  if (t.note) readNotes.push(t.note);

  const status = text(cell('status'));
  if (status) {
    const code = ActivityStatus.codes.find((c) => ActivityStatus.label(c) === status || c === status);
    if (code) row.status = code;
    else
      errors.push(
        `${labelOf('status')}“${status}”无法识别，只能填写 ${ActivityStatus.codes.map(ActivityStatus.label).join('、')}`,
      );
  }
  const collective = text(cell('collective'));
  if (collective) {
    if (collective === '是' || collective === '否') row.collective = collective === '是';
    else errors.push(`${labelOf('collective')}“${collective}”只能填写 是 或 否`);
  }
  const suggestions = text(cell('suggestionsCount'));
  if (suggestions) {
    if (/^\d+$/.test(suggestions)) row.suggestionsCount = Number(suggestions);
    else errors.push(`${labelOf('suggestionsCount')}“${suggestions}”不是整数`);
  }

  const onRow = new Map<string, Attendance>();
  const headCounts: string[] = [];
  for (const { index, field, label } of map.columns) {
    const attendance = attendanceOf[field];
    const c = cells[index];
    if (!attendance || c === null || c === undefined || isProblem(c) || blank(c)) continue;
    // The project's own ledger counts heads in 出席/请假/缺席: a number names nobody.
    if (typeof c === 'number' || /^\d+$/.test(text(c))) {
      headCounts.push(`${label} ${text(c)}`);
      continue;
    }
    for (const n of splitNames(text(c))) {
      const before = onRow.get(n.name);
      if (before && before !== attendance) {
        errors.push(`${n.name} 同时列在两种出勤中，请只保留一处`);
        continue;
      }
      if (before) continue;
      onRow.set(n.name, attendance);
      row.attendees.push({ name: n.name, attendance, reason: attendance === 'excused' ? n.reason : null });
    }
  }
  if (headCounts.length) readNotes.push(`台账只有人数（${headCounts.join('、')}），没有姓名，未记出勤`);
  for (const [k, max, what] of [
    ['place', 200, '活动地点'],
    ['responsible', 60, '责任人'],
    ['organiser', 120, '组织单位'],
    ['notes', 2000, '备注'],
    ['reportTitle', 200, '调研报告'],
  ] as const) {
    const v = row[k];
    if (v && v.length > max) errors.push(`${what}超过 ${max} 个字`);
  }
  return row;
}
