import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { tempDir } from '../helpers/archive';

const root = path.resolve(import.meta.dirname, '../..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as the clerk would, in a child process, and waits for it. */
export function runCli(...args: string[]): CliRun {
  return runCliWith({}, ...args);
}

/** The same, with some environment variables set (e.g. CHROMIUM_PATH). */
export function runCliWith(env: Record<string, string>, ...args: string[]): CliRun {
  return runCliFull({ env }, ...args);
}

/** The same, with text on stdin (for `batch`). */
export function runCliInput(input: string, ...args: string[]): CliRun {
  return runCliFull({ input }, ...args);
}

function runCliFull(o: { env?: Record<string, string>; input?: string }, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'db/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // An upper bound for a hung child, not a speed requirement: a compile on a loaded machine takes minutes.
    timeout: 480_000,
    input: o.input ?? '',
    env: { ...process.env, ...o.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `call` and parses the envelope it prints. */
export function callCli(file: string, method: string, json?: string) {
  const r = runCli('call', '--file', file, method, ...(json === undefined ? [] : [json]));
  return {
    ...r,
    envelope: JSON.parse(r.stdout) as { ok: boolean; value?: unknown; error?: { code: string; message: string } },
  };
}

/**
 * A temp folder for the test file and an archive file `name` in it, made by the CLI's `command`
 * (`init`, or `demo --year …`) before the file's first test; the folder is removed after its last.
 * The paths are known at once, so a file can keep them in constants.
 */
export function cliArchivePerFile(
  prefix: string,
  name: string,
  [command, ...args]: string[],
  timeout?: number,
): { dir: string; file: string } {
  const dir = tempDir(prefix);
  const file = path.join(dir, name);
  beforeAll(() => {
    expect(runCli(command, '--file', file, ...args).status).toBe(0);
  }, timeout);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir, file };
}
