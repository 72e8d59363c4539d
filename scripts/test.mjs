// Runs every test (node, renderer and end-to-end projects) and closes with one plain line
// `N passed, N failed, N skipped` that CI reads. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vitest-')), 'results.json');
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
  ...process.argv.slice(2),
];
const run = spawnSync('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
const skippedNames = [];
const failures = [];
try {
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  for (const file of report.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') {
        failed++;
        failures.push({
          name: `${path.relative(process.cwd(), file.name)} › ${t.fullName}`,
          message: t.failureMessages?.[0] ?? '',
        });
      } else {
        skipped++;
        skippedNames.push(`${path.relative(process.cwd(), file.name)} › ${t.fullName}`);
      }
    }
    // A file that failed to load has no assertion results but must not pass silently.
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
      failed++;
      failures.push({ name: path.relative(process.cwd(), file.name), message: file.message ?? '' });
    }
  }
} catch {
  failed = Math.max(failed, 1);
  console.log('测试结果文件缺失：vitest 未能完成运行。');
}
if (skippedNames.length) {
  console.log('\nSkipped tests (each names its reason):');
  for (const n of skippedNames) console.log(`  - ${n}`);
}
// The first failure is often the cause of the rest (a timed-out step leaves the page in a state
// the next step trips on), so each is named in order with the head of its message.
if (failures.length) {
  console.log('\nFailed, in the order they ran:');
  for (const f of failures) {
    const head = f.message
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .filter(Boolean)
      .slice(0, 3);
    console.log(`  - ${f.name}${head.map((l) => `\n      ${l.trim().slice(0, 200)}`).join('')}`);
  }
}
const exit = run.status ?? 1;
if (exit !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : exit);
