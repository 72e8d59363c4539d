import { type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openArchive, type Archive } from '../../db/archive';
import { tempDir } from '../helpers/archive';

/**
 * For the writer-lock tests: fresh archive folders, archives opened and child processes started
 * in a test, all killed, closed and removed after it.
 */
export function lockFilesEach(prefix: string) {
  const dirs: string[] = [];
  const opened: Archive[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    children.splice(0).forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
    opened.splice(0).forEach((a) => a.close());
    dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });
  return {
    /** Folders to remove after the test, beside those `fresh` made. */
    dirs,
    children,
    /** A fresh folder and the archive file's name in it (not yet created). */
    fresh(): { dir: string; file: string } {
      const dir = tempDir(prefix);
      dirs.push(dir);
      return { dir, file: path.join(dir, 'archive.sqlite') };
    },
    /** Opens `file` as the app does, to be closed after the test. */
    async open(file: string): Promise<Archive> {
      const a = await openArchive(file);
      opened.push(a);
      return a;
    },
  };
}
