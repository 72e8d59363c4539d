import { z } from 'zod';
import { labels } from '../labels';
import { method, query } from './define';

/** Why a backup was made; only the automatic kinds (daily, pre-import) are ever rotated away. */
const BackupKind = labels({
  daily: '每日自动备份',
  'pre-migration': '升级前备份',
  'pre-import': '导入前备份',
  'pre-restore': '恢复前备份',
  manual: '手动备份',
});
export type BackupKind = (typeof BackupKind.codes)[number];
export const BACKUP_KINDS = BackupKind.codes;

/**
 * Which of rotation's rules keeps an automatic backup: the newest of one of the 7 latest days, of
 * one of the 12 latest months, or of a year. Null for the kinds rotation never removes.
 */
export type BackupKeep = 'day' | 'month' | 'year';

/** The latest integrity check of a backup. */
export interface BackupCheckRecord {
  /** When it was checked (ISO, UTC). */
  at: string;
  ok: boolean;
  problem: string | null;
  /** True when this is the check made as the backup was written (no later one recorded). */
  atCreation: boolean;
}

export interface BackupInfo {
  /** The file name inside the backup folder; the only handle a client ever passes back. */
  name: string;
  kind: BackupKind;
  /** When it was made (ISO, UTC). */
  createdAt: string;
  size: number;
  /** For daily and pre-import backups: the rotation rule that keeps it (null when none does yet). */
  keptAs: BackupKeep | null;
  /** The latest check; null for a backup never checked (pre-migration backups until 校验). */
  lastCheck: BackupCheckRecord | null;
}

/** The short word for a backup's kind in the list: 每日/每月/每年 for daily ones by the rule that keeps them. */
export function backupKindWord(b: Pick<BackupInfo, 'kind' | 'keptAs'>): string {
  if (b.kind === 'daily') return b.keptAs === 'month' ? '每月' : b.keptAs === 'year' ? '每年' : '每日';
  return { 'pre-migration': '升级前', 'pre-import': '导入前', 'pre-restore': '恢复前', manual: '手动' }[b.kind];
}

export interface CreatedBackup extends BackupInfo {
  /** Why the second copy could not be made (null when it was made or none is set up). */
  mirrorProblem: string | null;
}

export interface BackupCheck {
  name: string;
  ok: boolean;
  /** The schema version inside the backup (null when it could not be read). */
  schemaVersion: number | null;
  /** Why it failed, in Chinese; null when ok. */
  problem: string | null;
}

export interface BackupSettings {
  /** A second folder every new backup is also copied to (e.g. a USB drive), or null. */
  mirrorDir: string | null;
}

/** How the second backup folder stands: the page's warning comes from `state` and `summary`. */
export type MirrorState = 'unset' | 'ok' | 'missing' | 'not-writable' | 'low-space';

export interface MirrorStatus {
  mirrorDir: string | null;
  state: MirrorState;
  /** When the newest backup in the second folder was made (ISO, UTC); null when it holds none. */
  lastWrittenAt: string | null;
  /** Free space on the folder's disk in bytes (null when it cannot be read). */
  freeBytes: number | null;
  /** Free space the next copy needs, with room to spare, in bytes. */
  neededBytes: number;
  /** One Chinese sentence for the clerk. */
  summary: string;
}

export interface RestoreOutcome {
  restored: BackupInfo;
  /** The backup of the archive as it was just before, so the restore can be undone. */
  undo: CreatedBackup;
  /** Migrations run because the backup came from an older schema. */
  migrated: number[];
}

/** A name from backups.list: a plain file name, never a path. */
const backupName = z
  .string({ error: '请选择一个备份' })
  .min(1, '请选择一个备份')
  .max(200, '备份名称过长')
  .refine((s) => !/[/\\]/.test(s) && !s.includes('..'), { message: '备份名称不能包含路径（/、\\ 或 ..）' })
  .refine((s) => /^[A-Za-z0-9_-]+\.sqlite$/.test(s), { message: '备份名称无效，请从备份列表中选择' });

const byName = z.object({ name: backupName }).strict();

export const backupSettingsUpdate = z
  .object({
    mirrorDir: z
      .string({ error: '备份副本文件夹必须是文字' })
      .trim()
      .min(1, '请选择备份副本文件夹')
      .max(1000, '文件夹路径过长')
      .nullable(),
  })
  .strict();

export const backupsContract = {
  'backups.list': query<BackupInfo[]>()('列出档案的全部备份（从新到旧）', z.object({}).strict()),
  'backups.create': method<CreatedBackup>()('立即备份档案（手动备份，不会被自动清理）', z.object({}).strict()),
  'backups.verify': method<BackupCheck>()('检查一个备份是否完好（完整性检查）', byName),
  'backups.restore': method<RestoreOutcome>()('从一个备份恢复档案（先自动备份当前档案，可撤销）', byName),
  'backups.getSettings': method<BackupSettings>()('读取备份设置（第二份副本的文件夹）', z.object({}).strict()),
  'backups.mirrorStatus': method<MirrorStatus>()(
    '第二个备份文件夹的状态（是否存在、能否写入、空间是否够、最近一次复制的时间）',
    z.object({}).strict(),
  ),
  'backups.updateSettings': method<BackupSettings>()(
    '设置备份的第二份副本文件夹（留空则不复制）',
    backupSettingsUpdate,
  ),
};
