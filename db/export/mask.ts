/**
 * Hides the middle of personal numbers in exported files, which leave the archive and may be
 * printed or passed on: a mobile keeps its first 3 and last 4 digits (138****5678), a landline its
 * area code and last 4 digits, an ID number its first 6 and last 4 characters.
 */
export function maskPhone(phone: string): string {
  const mobile = /^(1\d{2})\d{4}(\d{4})$/.exec(phone);
  if (mobile) return `${mobile[1]}****${mobile[2]}`;
  const landline = /^(0\d{2,3}-?)(\d{3,4})(\d{4})(-\d{1,6})?$/.exec(phone);
  if (landline) return `${landline[1]}${'*'.repeat(landline[2].length)}${landline[3]}${landline[4] ?? ''}`;
  return phone.length > 4 ? `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}` : '****';
}

export function maskIdNumber(id: string): string {
  return id.length > 10 ? `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}` : '*'.repeat(id.length);
}

/** How an export shows a member's phone and ID number: masked (the default) or in full. */
export interface PersonalFields {
  phone(value: string | null): string;
  idNumber(value: string | null): string;
}

export function personalFields(mask: boolean): PersonalFields {
  return {
    phone: (v) => (v ? (mask ? maskPhone(v) : v) : ''),
    idNumber: (v) => (v ? (mask ? maskIdNumber(v) : v) : ''),
  };
}
