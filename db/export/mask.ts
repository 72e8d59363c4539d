import { maskIdNumber, maskPhone } from '../../shared/mask';

/** How an export shows a member's phone and ID number: masked (the default) or in full. */
export interface PersonalFields {
  phone(value: string | null): string;
  idNumber(value: string | null): string;
}

/** Exports leave the archive and may be printed or passed on, so they mask as the screens do. */
export function personalFields(mask: boolean): PersonalFields {
  return {
    phone: (v) => (v ? (mask ? maskPhone(v) : v) : ''),
    idNumber: (v) => (v ? (mask ? maskIdNumber(v) : v) : ''),
  };
}
