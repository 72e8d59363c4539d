import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { startHost, type RunningHost } from '../../db/host/httpHost';
import { tempDir } from '../helpers/archive';
import { webFolder } from './webFolder';

export interface TestHost {
  /** The test's temp folder, removed after it. */
  dir: string;
  /** The archive file the host opens, in `dir`. */
  file: string;
  /** The stand-in web renderer the host serves (see webFolder). */
  staticDir: string;
  host: RunningHost;
}

/**
 * A browser-mode host on a free port for each test, over a fresh archive file in a temp folder,
 * closed and removed after it. `prepare` may put more files in the folder before the host starts.
 * The handle returned is the same object throughout, holding the running test's host.
 */
export function hostEach(prefix: string, prepare: (dir: string, staticDir: string) => void = () => {}): TestHost {
  const h = {} as TestHost;
  beforeEach(async () => {
    h.dir = tempDir(prefix);
    h.file = path.join(h.dir, 'archive.sqlite');
    h.staticDir = webFolder(h.dir);
    prepare(h.dir, h.staticDir);
    h.host = await startHost({ file: h.file, port: 0, staticDir: h.staticDir });
  });
  afterEach(async () => {
    await h.host?.close();
    fs.rmSync(h.dir, { recursive: true, force: true });
  });
  return h;
}
