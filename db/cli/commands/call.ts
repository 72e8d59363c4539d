import fs from 'node:fs';
import { openArchive } from '../../archive';
import { createDispatcher, toResultError } from '../../dispatcher';
import type { Result } from '../../../shared/result';
import { ExitCode } from '../exitCodes';
import { say } from '../output';

function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: `输入不是有效的 JSON（${(e as Error).message}）。请用单引号把 JSON 整体括起来，例如 '{"year":2026}'`,
      },
    };
  }
}

/** Every outcome is printed as the contract's envelope, so scripts can read it with one parser. */
async function envelope(file: string, method: string, json: string): Promise<Result<unknown>> {
  const input = parseJson(json);
  if (!input.ok) return input;
  // Calling a method is never a reason to create an archive: a mistyped path would leave an empty file.
  if (!fs.existsSync(file)) {
    return { ok: false, error: { code: 'IO_ERROR', message: `档案文件不存在：${file}。新建档案请用 init 命令。` } };
  }
  try {
    const archive = await openArchive(file);
    try {
      return await createDispatcher(archive)(method, input.value);
    } finally {
      archive.close();
    }
  } catch (e) {
    return { ok: false, error: toResultError(e) };
  }
}

export async function call(file: string, method: string, json: string): Promise<ExitCode> {
  const result = await envelope(file, method, json);
  say(JSON.stringify(result, null, 2));
  return result.ok ? ExitCode.ok : ExitCode.failed;
}
