import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { openArchive, type Archive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import type { Input, MethodName, Output } from '../../shared/api';
import type { Result } from '../../shared/result';

export function tempDir(prefix = 'archive-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestArchive {
  archive: Archive;
  file: string;
  dir: string;
  /** Calls through the real dispatcher (validation included) and returns the Result. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Calls and unwraps, failing the test with the Chinese message when the call failed. */
  must<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Calls, expects the call refused, and returns the refusal's Chinese message. */
  refusal<M extends MethodName>(method: M, input: Input<M>): Promise<string>;
  close(): void;
}

/** A real archive file in a fresh temp folder, never a mock. */
export async function testArchive(): Promise<TestArchive> {
  const dir = tempDir();
  const file = path.join(dir, 'archive.sqlite');
  const archive = await openArchive(file);
  const dispatch = createDispatcher(archive);
  const call = ((method: string, input: unknown) => dispatch(method, input)) as TestArchive['call'];
  return {
    archive,
    file,
    dir,
    call,
    async must(method, input) {
      const r = await call(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    async refusal(method, input) {
      const r = await call(method, input);
      expect(r.ok, `${method} should have been refused`).toBe(false);
      return r.ok ? '' : r.error.message;
    },
    close() {
      archive.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
