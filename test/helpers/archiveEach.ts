import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { testArchive, type TestArchive } from './archive';

/**
 * A fresh real archive (a SQLite file in a temp folder) for each test of the file, or one for the
 * whole file with `{ perFile: true }`, opened and removed by the hooks this registers. The handle
 * returned is the same object throughout: it reaches whichever archive the running test has, so
 * a file can keep it in a `const` and pass it to builders at the top level.
 */
export function archiveEach({ perFile = false }: { perFile?: boolean } = {}): TestArchive {
  let current: TestArchive | undefined;
  const now = (): TestArchive => {
    if (!current) throw new Error('the archive is open only while a test runs');
    return current;
  };
  (perFile ? beforeAll : beforeEach)(async () => {
    current = await testArchive();
  });
  (perFile ? afterAll : afterEach)(() => {
    current?.close();
    current = undefined;
  });
  return {
    get archive() {
      return now().archive;
    },
    get file() {
      return now().file;
    },
    get dir() {
      return now().dir;
    },
    call: (method, input) => now().call(method, input),
    must: (method, input) => now().must(method, input),
    refusal: (method, input) => now().refusal(method, input),
    close: () => now().close(),
  };
}
