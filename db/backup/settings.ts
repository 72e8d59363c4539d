import fs from 'node:fs';
import path from 'node:path';
import type { BackupSettings } from '../../shared/contract/backups';
import { ArchiveError } from '../errors';

/**
 * Backup settings live in `settings.json` inside the backup folder, not in the archive: the second
 * copy's folder is a place on this computer (a USB drive letter, a share), so it must not travel
 * with the archive to another computer, nor be rolled back when a backup is restored.
 */
const FILE = 'settings.json';

export function readBackupSettings(dir: string): BackupSettings {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8')) as Partial<BackupSettings>;
    return { mirrorDir: typeof raw.mirrorDir === 'string' && raw.mirrorDir ? raw.mirrorDir : null };
  } catch {
    return { mirrorDir: null };
  }
}

function checkMirrorDir(dir: string, mirrorDir: string): void {
  if (!path.isAbsolute(mirrorDir)) throw new ArchiveError('INVALID_INPUT', '备份副本文件夹必须是完整路径（例如 E:\\档案备份）。');
  if (path.resolve(mirrorDir) === path.resolve(dir))
    throw new ArchiveError('INVALID_INPUT', '备份副本文件夹不能就是备份文件夹本身，请选择另一个位置（最好是另一块磁盘或U盘）。');
  const stat = fs.statSync(mirrorDir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) throw new ArchiveError('INVALID_INPUT', `文件夹 ${mirrorDir} 不存在，请先插好U盘或创建该文件夹。`);
  try {
    fs.accessSync(mirrorDir, fs.constants.W_OK);
  } catch {
    throw new ArchiveError('IO_ERROR', `文件夹 ${mirrorDir} 不能写入，请选择另一个文件夹。`);
  }
}

export function writeBackupSettings(dir: string, settings: BackupSettings): BackupSettings {
  if (settings.mirrorDir) checkMirrorDir(dir, settings.mirrorDir);
  const next: BackupSettings = { mirrorDir: settings.mirrorDir ? path.resolve(settings.mirrorDir) : null };
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `${FILE}.tmp`);
  fs.writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`);
  fs.renameSync(tmp, path.join(dir, FILE));
  return next;
}
