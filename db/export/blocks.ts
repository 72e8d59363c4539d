import type { Photo } from './photos';

/**
 * The printed volume as a list of blocks, built once from the year's data and rendered twice:
 * to Word (docx) and to print HTML for the PDF, so both files say exactly the same.
 */
export type Block =
  | { kind: 'cover'; group: string; title: string; subtitle: string; facts: [label: string, value: string][] }
  | { kind: 'contents'; title: string; entries: ContentsEntry[] }
  /**
   * A part's title (二号 方正小标宋简体, centred), on a new page when `newPage`: an item's 题名, an
   * appendix, a member's file. It is what the contents list (Word: heading 1 / outline level 1).
   * `anchor` names it for the contents' page numbers and the PDF's bookmarks.
   */
  | { kind: 'title'; text: string; newPage?: boolean; anchor?: string }
  /** 1: "一、" 黑体; 2: "（一）" 楷体; 3: "1." 仿宋 (Word: heading 2–4). A level-1 heading with `newPage` starts a page. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; newPage?: boolean }
  /**
   * Body text; each line of `text` is one paragraph, indented two characters, or flush left when
   * `flush` (a notice's 主送, "各位委员：").
   */
  | { kind: 'text'; text: string; flush?: boolean }
  /** "标签：内容" lines, such as an activity's 四落实; flush left when `flush` (a form's header). */
  | { kind: 'fields'; rows: [label: string, value: string][]; flush?: boolean }
  /** A registration form (登记表): label–value pairs, two to a row, in a ruled table. */
  | { kind: 'form'; pairs: [label: string, value: string][] }
  /**
   * A ruled table whose header row repeats on every page. `rowsMm`: the header row and each body
   * row at least this tall (a 签到表's rows leave room to sign).
   */
  | {
      kind: 'table';
      columns: Column[];
      rows: string[][];
      totals?: string[];
      small?: boolean;
      rowsMm?: { head: number; body: number };
    }
  | { kind: 'photos'; photos: Photo[] }
  /**
   * 归档章 (DA/T 22), top right of an item's first page: 全宗号 · 年度 · 件号 over 机构（问题）· 保管期限 ·
   * 页数. 页数 is the item's page count, known once the volume is laid out (`anchor` names the item).
   */
  | { kind: 'stamp'; anchor: string; cells: StampCells }
  /**
   * 落款 (GB/T 9704): the issuer over the date, a line below the text; the date four characters
   * from the right edge, the issuer centred over it.
   */
  | { kind: 'closing'; issuer: string; date: string }
  /** 备考表: a ruled sheet of label–value rows, then lines to sign. */
  | { kind: 'notes'; title: string; anchor: string; rows: [label: string, value: string][]; signatures: string[] };

export interface StampCells {
  fondsCode: string;
  year: string;
  itemNo: string;
  orgCode: string;
  retention: string;
}

/** A line of the 卷内目录: an item with its catalogue fields, or an appendix with its title only. */
export interface ContentsEntry {
  anchor: string;
  title: string;
  item?: { itemNo: string; archivalCode: string; responsible: string; docNo: string; date: string; remarks: string };
}

/**
 * Page numbers of the laid-out volume, by anchor: where each part starts (as printed, "— n —")
 * and how many pages it takes; `total` is every page of the file, the cover and its back included.
 */
export interface PageMap {
  start: Map<string, number>;
  count: Map<string, number>;
  total: number;
}

export interface Column {
  title: string;
  /** Width in millimetres; a table's columns add up to at most the 156 mm text block of GB/T 9704. */
  mm: number;
  /** Its cells centred (a 序号, a name), not set from the left. */
  center?: boolean;
}

/** A text's width in characters of the body size: Chinese full width, Latin letters and digits half. */
export function charWidth(text: string): number {
  let n = 0;
  for (const c of text) n += c.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return n;
}

/**
 * 落款 without a seal (GB/T 9704 7.3.5.2): the issuer two characters from the right edge, the date
 * on the next line starting two characters right of the issuer's start; a date longer than that
 * allows stands two from the right edge and pushes the issuer left. Right indents in characters.
 */
export function closingIndents(issuer: string, date: string): { issuer: number; date: number } {
  const [i, d] = [charWidth(issuer), charWidth(date)];
  const dateIndent = i - d;
  return dateIndent >= 2 ? { issuer: 2, date: dateIndent } : { issuer: 4 + d - i, date: 2 };
}

/** Chinese numerals for headings: 一、二、… and （一）（二）… */
export function cnNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}

/** A cover fact's value standing for the volume's page count, filled in once it is laid out. */
export const TOTAL_PAGES = '\u0000total-pages';

/** The 卷内目录's page-number cells hold at most this many digits (the layout does not move when they are filled in). */
export const PAGE_DIGITS = 4;
