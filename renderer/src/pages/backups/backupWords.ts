import { format } from 'date-fns';

/** 2026年12月2日 14:05, in the clerk's local time. */
export const backupTime = (iso: string) => format(new Date(iso), 'yyyy年M月d日 HH:mm');

/** 2026年12月2日 14:05:09: the list's time, which tells apart backups made within a minute. */
export const backupTimeExact = (iso: string) => format(new Date(iso), 'yyyy年M月d日 HH:mm:ss');
