import type { Photo } from './photos';

/**
 * The printed volume as a list of blocks, built once from the year's data and rendered twice:
 * to Word (docx) and to print HTML for the PDF, so both files say exactly the same.
 */
export type Block =
  | { kind: 'cover'; group: string; parentCommittee: string; title: string; subtitle: string; compiledOn: string }
  | { kind: 'contents'; entries: string[] }
  /** The document's title (二号 方正小标宋简体, centred), on a new page when `newPage`. */
  | { kind: 'title'; text: string; newPage?: boolean }
  /** 1: "一、" 黑体; 2: "（一）" 楷体; 3: "1." 仿宋. A level-1 heading with `newPage` starts a page. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; newPage?: boolean }
  /** Body text; each line of `text` is one paragraph, indented two characters. */
  | { kind: 'text'; text: string }
  /** "标签：内容" lines, such as an activity's 四落实. */
  | { kind: 'fields'; rows: [label: string, value: string][] }
  /** A registration form (登记表): label–value pairs, two to a row, in a ruled table. */
  | { kind: 'form'; pairs: [label: string, value: string][] }
  | { kind: 'table'; columns: Column[]; rows: string[][]; totals?: string[]; small?: boolean }
  | { kind: 'photos'; photos: Photo[] };

export interface Column {
  title: string;
  /** Width in millimetres; a table's columns add up to at most the 156 mm text block of GB/T 9704. */
  mm: number;
}

/** Chinese numerals for headings: 一、二、… and （一）（二）… */
export function cnNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}

/** "目录" spaced with two ideographic spaces, as official documents set it. */
export const CONTENTS_TITLE = '目\u3000\u3000录';
