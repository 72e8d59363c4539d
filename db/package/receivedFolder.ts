import fs from 'node:fs';
import path from 'node:path';

/** Packages received from elsewhere wait beside the archive: `<archive>.received/`. */
export function receivedFolder(archiveFile: string): string {
  return `${path.resolve(archiveFile)}.received`;
}

/** How many received packages are kept; older ones go when a new one arrives. */
export const KEPT_RECEIVED = 5;

/** A received file's name: when it came, then the clerk's own name made safe (always ending .zip). */
export function receivedName(original: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const base = path
    .basename(original.replace(/\\/g, '/'))
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/^\.+/, '_')
    .replace(/\.zip$/i, '')
    .slice(0, 100);
  return `${stamp}-${base || '档案包'}.zip`;
}

/** Removes all but the newest `keep` received packages (and any upload left half-written). */
export function pruneReceived(folder: string, keep = KEPT_RECEIVED): void {
  if (!fs.existsSync(folder)) return;
  const names = fs.readdirSync(folder);
  for (const n of names) if (n.endsWith('.part')) fs.rmSync(path.join(folder, n), { force: true });
  const zips = names.filter((n) => n.endsWith('.zip')).sort();
  for (const n of zips.slice(0, Math.max(0, zips.length - keep))) fs.rmSync(path.join(folder, n), { force: true });
}
