import { LINE_PITCH_PT, pt } from './fonts';
import type { ActivityPrint, PrintedParticipant } from './activityPrintModel';
import { charWidth, type Block, type Column } from './blocks';
import { noticeWhen } from './noticeContent';

const MM_PER_PT = 25.4 / 72;
/** GB/T 9704's text block is 225 mm tall; 28 characters of 三号 to a line. */
const BLOCK_MM = 225;
const LINE_CHARS = 28;
/** The header row, and each row: tall enough to sign a name in. */
export const SIGN_IN_ROWS_MM = { head: 10, body: 13 };
/**
 * Left free on every page, for what the sums leave out (a title's line taller in another font);
 * the rules are inside the rows' heights, and Word's paragraph after the table is 1 pt tall.
 */
const RESERVE_MM = 3;
/** At least this many blank rows for members who come without being on the sheet. */
export const MIN_BLANK_ROWS = 3;

const columns: Column[] = [
  { title: '序号', mm: 14, center: true },
  { title: '姓名', mm: 28, center: true },
  { title: '界别', mm: 38, center: true },
  { title: '签到', mm: 46 },
  { title: '备注', mm: 30 },
];

/** 备注: a leave asked for in advance (请假 and its reason), and the member's part in the activity. */
function remarks(p: PrintedParticipant): string {
  const leave = p.attendance === 'excused' ? `请假${p.leaveReason ? `（${p.leaveReason}）` : ''}` : '';
  return [p.role ?? '', leave].filter(Boolean).join('；');
}

/** How many lines of 三号 a flush "标签：内容" paragraph takes. */
const fieldLines = (label: string, value: string) => Math.ceil(charWidth(`${label}：${value}`) / LINE_CHARS);

/**
 * Rows that fill every page the sheet takes: the participants, at least MIN_BLANK_ROWS blank ones,
 * then blank ones to the foot of the last page. `headerLines`: the lines of text above the table
 * on the first page (the title aside).
 */
export function signInRowCount(participants: number, headerLines: number): { rows: number; pages: number } {
  const titleMm = pt.er * 1.5 * MM_PER_PT + LINE_PITCH_PT * MM_PER_PT;
  const tableTopMm = 4 * MM_PER_PT + SIGN_IN_ROWS_MM.head;
  const firstPage = Math.floor(
    (BLOCK_MM - titleMm - headerLines * LINE_PITCH_PT * MM_PER_PT - tableTopMm - RESERVE_MM) / SIGN_IN_ROWS_MM.body,
  );
  const laterPage = Math.floor((BLOCK_MM - tableTopMm - RESERVE_MM) / SIGN_IN_ROWS_MM.body);
  const wanted = participants + MIN_BLANK_ROWS;
  if (wanted <= firstPage) return { rows: firstPage, pages: 1 };
  const pages = 1 + Math.ceil((wanted - firstPage) / laterPage);
  return { rows: firstPage + (pages - 1) * laterPage, pages };
}

/**
 * 签到表 on A4: 活动名称, 时间, 地点 over a ruled table 序号 · 姓名 · 界别 · 签到 · 备注 whose header
 * repeats on each page; the participants in the group's name order, then numbered blank rows for
 * members who come unannounced, to the foot of the last page.
 */
export function signInSheetBlocks(p: ActivityPrint): { blocks: Block[]; pages: number } {
  const a = p.activity;
  const header: [string, string][] = [
    ['活动名称', a.title],
    ['时间', noticeWhen(a)],
    ['地点', a.place?.trim() || ''],
  ];
  const lines = header.reduce((n, [label, value]) => n + fieldLines(label, value), 0);
  const { rows, pages } = signInRowCount(p.participants.length, lines);
  const body = Array.from({ length: rows }, (_, i) => {
    const m = p.participants[i];
    return [String(i + 1), m?.name ?? '', m?.sector ?? '', '', m ? remarks(m) : ''];
  });
  return {
    pages,
    blocks: [
      { kind: 'title', text: '签到表' },
      { kind: 'fields', rows: header, flush: true },
      { kind: 'table', columns, rows: body, rowsMm: SIGN_IN_ROWS_MM },
    ],
  };
}
