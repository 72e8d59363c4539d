import { normalizeLine } from '../../attendance/jielong/parse';

/** One name of an attendance cell, with the reason written in brackets after it. */
export interface WrittenName {
  name: string;
  reason: string | null;
}

const open = '(（[【';
const close = ')）]】';
const separators = /[、,，;；/\s]/;

/** Words a clerk writes around the names that are not names: 共5人, 等, 全体委员 stays a (unknown) name. */
const trailing = /(等?共?\d+人|等|同志|委员)$/;

/**
 * The names of a 参加人员 / 请假人员 / 缺席人员 cell, separated by 、，, spaces or ; — 李四（出差）,
 * 王五(病假) keep their reason, and a separator inside the brackets does not split the name.
 */
export function splitNames(cell: string): WrittenName[] {
  const text = normalizeLine(cell);
  const parts: { name: string; reason: string }[] = [];
  let name = '';
  let reason = '';
  let depth = 0;
  const flush = () => {
    const n = name
      .trim()
      .replace(trailing, '')
      .replace(/[^\p{L}\p{M}·•]/gu, '')
      .replace(/•/g, '·');
    if (n) parts.push({ name: n, reason: reason.trim() });
    else if (reason.trim() && parts.length) parts[parts.length - 1].reason ||= reason.trim();
    name = '';
    reason = '';
  };
  for (const ch of text) {
    if (open.includes(ch)) depth++;
    else if (close.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth > 0) reason += ch;
    else if (separators.test(ch) || ch === ':' || ch === '：') flush();
    else name += ch;
  }
  flush();
  const seen = new Set<string>();
  return parts
    .filter((p) => !seen.has(p.name) && seen.add(p.name))
    .map((p) => ({ name: p.name, reason: p.reason.replace(/^请假[:：]?/, '').slice(0, 200) || null }));
}
