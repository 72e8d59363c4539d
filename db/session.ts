import { openArchive, type Archive } from './archive';
import { backupOnOpen } from './backup/schedule';

/**
 * Opens the archive the way the app and the browser-mode host do for a working day: the writer
 * lock, migrations, then today's automatic backup and rotation. A backup problem never stops the
 * clerk; it becomes one of the archive's notices, which the renderer shows under the header.
 */
export async function openWorkingArchive(file: string, now: Date = new Date()): Promise<Archive> {
  const archive = await openArchive(file);
  const { warnings } = await backupOnOpen(archive, now);
  archive.notices.push(...warnings);
  return archive;
}
