import { halfWidth } from '../../sheets/halfWidth';

/** The forms the archive keeps: an 11-digit mobile, or a landline such as 0571-87654321 (ext. after a dash). */
const kept = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
/** A landline whose area code is set apart by brackets, a space, a dot or a dash. */
const landline = /^(?:\((0\d{2,3})\)|(0\d{2,3})[\s.-]+)\s*(\d{3,4})[\s.-]?(\d{4})(?:\s*(?:-|转|ext\.?)\s*(\d{1,6}))?$/i;

/**
 * A phone number as clerks type it — full-width digits, spaces, dashes or dots between the groups,
 * a +86 / 86 / 0086 prefix, the area code in brackets — in the form the archive keeps. A number
 * that cannot be made one of those forms comes back as typed, for the schema to refuse.
 */
export function cleanPhone(typed: string): string {
  const s = halfWidth(typed)
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const mobile = /^(?:\+?86|0086)?(1[3-9]\d{9})$/.exec(s.replace(/[\s.()-]/g, ''));
  if (mobile) return mobile[1];
  if (kept.test(s)) return s;
  const l = landline.exec(s);
  if (l) return `${l[1] ?? l[2]}-${l[3]}${l[4]}${l[5] ? `-${l[5]}` : ''}`;
  return typed.trim();
}
