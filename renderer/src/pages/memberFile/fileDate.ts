import { zhDate } from '../../../../shared/zhDates';

/** An ISO date as 2026年5月14日, or a dash where the record has none. */
export const fileDate = (iso: string | null) => (iso ? zhDate(iso) : '—');
