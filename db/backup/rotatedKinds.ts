import type { BackupKind } from '../../shared/contract/backups';

/** Only the automatic kinds are rotated; pre-migration, pre-restore and manual backups stay until the clerk removes them. */
export const ROTATED_KINDS: readonly BackupKind[] = ['daily', 'pre-import'];
