import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { backupDirFor } from '../../db/archive';
import { listBackups } from '../../db/backup/list';
import { createDispatcher } from '../../db/dispatcher';
import { openWorkingArchive } from '../../db/session';
import type { ArchiveInfo } from '../../shared/contract/meta';
import type { Result } from '../../shared/result';
import { tempDir } from '../helpers/archive';

const open: Archive[] = [];
afterEach(() => {
  for (const a of open.splice(0)) a.close();
});

async function working(file: string, now: Date): Promise<Archive> {
  const a = await openWorkingArchive(file, now);
  open.push(a);
  return a;
}

describe('opening the archive for a working day', () => {
  it('makes one daily backup a day, however often the app is started', async () => {
    const file = path.join(tempDir(), 'archive.sqlite');
    (await working(file, new Date(2026, 10, 23, 9))).close();
    (await working(file, new Date(2026, 10, 23, 15))).close();
    await working(file, new Date(2026, 10, 24, 9));
    const daily = listBackups(backupDirFor(file)).filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(2);
  });

  it('still opens when the backup cannot be made, and tells the clerk through meta.info', async () => {
    const file = path.join(tempDir(), 'archive.sqlite');
    fs.writeFileSync(backupDirFor(file), 'a file where the backup folder should be');
    const archive = await working(file, new Date(2026, 10, 23, 9));
    const info = (await createDispatcher(archive)('meta.info', {})) as Result<ArchiveInfo>;
    expect(info.ok && info.value.notices.join('')).toMatch(/自动备份没有成功/);
  });
});
