import type { PersonalShown } from '../../shared/memberFields';
import { maskIdNumber, maskPhone } from '../../shared/mask';

/** How an export shows a member's phone and ID number: masked (the default) or in full. */
/** How an export shows personal numbers: masked, or in full when the clerk asks. */
export type PersonalFields = PersonalShown;

/** Exports leave the archive and may be printed or passed on, so they mask as the screens do. */
export function personalFields(mask: boolean): PersonalFields {
  return {
    phone: (v) => (v ? (mask ? maskPhone(v) : v) : ''),
    idNumber: (v) => (v ? (mask ? maskIdNumber(v) : v) : ''),
  };
}
