import { differenceInCalendarDays } from 'date-fns';
import type { BackupInfo } from '../../../shared/contract/backups';

/** Past this many days the header shows the newest verified backup's age in red. */
export const STALE_AFTER_DAYS = 7;

export interface BackupAge {
  /** 今天, 昨天, 3 天前 — on the clerk's local calendar. */
  words: string;
  days: number;
  stale: boolean;
}

/** How old a backup made at `at` is, in words. A time ahead of the clock (a changed clock) counts as today. */
export function backupAge(at: string | Date, now: Date = new Date()): BackupAge {
  const days = Math.max(0, differenceInCalendarDays(now, new Date(at)));
  const words = days === 0 ? '今天' : days === 1 ? '昨天' : `${days} 天前`;
  return { words, days, stale: days > STALE_AFTER_DAYS };
}

/** The newest backup whose latest check passed (the list comes newest first), or null. */
export function newestVerified(backups: readonly BackupInfo[]): BackupInfo | null {
  return backups.find((b) => b.lastCheck?.ok) ?? null;
}
