import { backupDirFor } from '../archive';
import { recordChecks } from './checks';
import { createBackup } from './create';
import { findBackup, listBackups } from './list';
import { mirrorStatus } from './mirrorStatus';
import { restoreBackup } from './restore';
import { readBackupSettings, writeBackupSettings } from './settings';
import { verifyBackupFile } from './verify';
import path from 'node:path';
import type { HandlersFor } from '../repo/context';

export const backupHandlers: HandlersFor<'backups'> = {
  'backups.list': ({ archive }) => listBackups(backupDirFor(archive.file)),
  'backups.create': ({ archive }) => createBackup(archive, 'manual'),
  'backups.verify': ({ archive }, { name }) => {
    const dir = backupDirFor(archive.file);
    findBackup(dir, name);
    const check = verifyBackupFile(path.join(dir, name));
    recordChecks(dir, [check]);
    return check;
  },
  'backups.restore': ({ archive }, { name }) => restoreBackup(archive, name),
  'backups.getSettings': ({ archive }) => readBackupSettings(backupDirFor(archive.file)),
  'backups.mirrorStatus': ({ archive }) => mirrorStatus(backupDirFor(archive.file)),
  'backups.updateSettings': ({ archive }, settings) => writeBackupSettings(backupDirFor(archive.file), settings),
};
