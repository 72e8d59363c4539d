import fs from 'node:fs';
import readline from 'node:readline';
import { openArchive, type Archive } from '../../archive';
import { createDispatcher, toResultError } from '../../dispatcher';
import type { Result } from '../../../shared/result';
import { ExitCode } from '../exitCodes';
import { say } from '../output';

type Request = { method: string; input: unknown };

const refused = (message: string): Result<never> => ({ ok: false, error: { code: 'INVALID_INPUT', message } });

/** One line of the batch: `{"method": "...", "input": {...}}`, input optional ({} when absent). */
function parseLine(line: string, n: number): Result<Request> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return refused(`第 ${n} 行不是有效的 JSON（${(e as Error).message}）。每行应为 {"method":"方法名","input":{…}}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return refused(`第 ${n} 行应为一个 JSON 对象：{"method":"方法名","input":{…}}`);
  const { method, input, ...rest } = parsed as Record<string, unknown>;
  if (typeof method !== 'string' || !method) return refused(`第 ${n} 行缺少方法名 "method"`);
  const stray = Object.keys(rest);
  if (stray.length) return refused(`第 ${n} 行有不认识的字段：${stray.join('、')}（只接受 method 和 input）`);
  return { ok: true, value: { method, input: input === undefined ? {} : input } };
}

/**
 * `batch --file 路径`: JSON lines on stdin, one envelope per line on stdout in the same order,
 * all through one open archive. A line that fails gets its error envelope and the batch goes on;
 * blank lines are skipped. Exit code 1 when any line failed.
 */
export async function batch(file: string): Promise<ExitCode> {
  let archive: Archive | undefined;
  let opening: Result<never> | undefined;
  // Calling methods is never a reason to create an archive: a mistyped path would leave an empty file.
  if (!fs.existsSync(file))
    opening = { ok: false, error: { code: 'IO_ERROR', message: `档案文件不存在：${file}。新建档案请用 init 命令。` } };
  else {
    try {
      archive = await openArchive(file);
    } catch (e) {
      opening = { ok: false, error: toResultError(e) };
    }
  }
  const dispatch = archive ? createDispatcher(archive) : undefined;
  let failed = false;
  let n = 0;
  try {
    for await (const raw of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      n++;
      const line = raw.trim();
      if (!line) continue;
      const request = parseLine(line, n);
      let result: Result<unknown>;
      if (!request.ok) result = request;
      else if (!dispatch) result = opening!;
      else {
        try {
          result = await dispatch(request.value.method, request.value.input);
        } catch (e) {
          result = { ok: false, error: toResultError(e) };
        }
      }
      if (!result.ok) failed = true;
      say(JSON.stringify(result));
    }
  } finally {
    archive?.close();
  }
  return failed ? ExitCode.failed : ExitCode.ok;
}
