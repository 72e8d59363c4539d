// Writes the schema-v1 archive the migration tests open: every table holds data, written through
// the dispatcher. Run it only to change the fixture (a committed fixture must stay what v1 wrote):
//   npx tsx scripts/makeFixture.mts [--out test/fixtures/archive-v1.sqlite]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '../db/archive';
import { createDispatcher } from '../db/dispatcher';
import { migrations } from '../db/migrations';
import { seedEveryTable } from '../test/fixtures/seedEveryTable';

const outAt = process.argv.indexOf('--out');
const out = path.resolve(outAt >= 0 ? process.argv[outAt + 1] : 'test/fixtures/archive-v1.sqlite');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-'));
const file = path.join(dir, 'archive.sqlite');
try {
  // Only the first migration, so the file stays v1 however far the schema has moved on since.
  const archive = await openArchive(file, { migrations: migrations.slice(0, 1) });
  try {
    await seedEveryTable(createDispatcher(archive));
  } finally {
    // The last connection to close checkpoints the WAL into the file and removes it.
    archive.close();
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(file, out);
  console.log(`已写入 ${path.relative(process.cwd(), out)}（${fs.statSync(out).size} 字节）`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
