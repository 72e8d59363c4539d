/**
 * Hides the middle of a member's personal numbers wherever they are shown rather than edited:
 * lists on screen, printouts, exports. The edit form alone shows them in full.
 */

/**
 * A mobile keeps its first 3 and last 4 digits (13800138000 → 138****8000); a landline keeps its
 * area code, its last 4 digits and any extension (0571-87654321 → 0571-****4321). Anything else
 * keeps only its last 4 characters, so an odd format never shows more than a real number would.
 */
export function maskPhone(phone: string | null | undefined): string {
  const p = phone?.trim() ?? '';
  if (!p) return '';
  const mobile = /^(1\d{2})\d{4}(\d{4})$/.exec(p);
  if (mobile) return `${mobile[1]}****${mobile[2]}`;
  const landline = /^(0\d{2,3}-?)\d{3,4}(\d{4})(-\d{1,6})?$/.exec(p);
  if (landline) return `${landline[1]}****${landline[2]}${landline[3] ?? ''}`;
  return p.length > 4 ? `****${p.slice(-4)}` : '****';
}

/**
 * A resident ID keeps its first 4 and last 4 characters (11010519491231002X → 1101**********002X):
 * the birth date and the county code in between are what identify a person. Anything shorter
 * than 9 characters is hidden entirely.
 */
export function maskIdNumber(idNumber: string | null | undefined): string {
  const s = idNumber?.trim() ?? '';
  if (!s) return '';
  if (s.length < 9) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}
