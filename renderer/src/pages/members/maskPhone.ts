/**
 * A phone number as the roster shows it on screen: 13800138000 → 138****8000; a landline keeps
 * its area code, 0571-87654321 → 0571-****4321. The form still shows the whole number.
 */
export function maskPhone(phone: string | null): string {
  if (!phone) return '';
  const landline = /^(0\d{2,3}-?)(\d{7,8})(-\d{1,6})?$/.exec(phone);
  if (landline) return `${landline[1]}****${landline[2].slice(-4)}${landline[3] ?? ''}`;
  if (phone.length < 8) return phone;
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
