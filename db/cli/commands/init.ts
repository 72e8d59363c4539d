import fs from 'node:fs';
import { backupDirFor, openArchive } from '../../archive';
import { schemaVersion } from '../../migrate';
import { ExitCode } from '../exitCodes';
import { say } from '../output';

/** Creates the archive file, or brings an older one up to the current schema. */
export async function init(file: string): Promise<ExitCode> {
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  const archive = await openArchive(file);
  try {
    const version = schemaVersion(archive.db);
    if (!existed) say(`已新建档案：${file}`);
    else if (archive.migrated.length > 0) say(`已升级档案结构（升级前的备份在 ${backupDirFor(file)}）：${file}`);
    else say(`档案已是最新结构，无需升级：${file}`);
    say(`结构版本：${version}`);
    return ExitCode.ok;
  } finally {
    archive.close();
  }
}
