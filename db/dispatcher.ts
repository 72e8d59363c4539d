import path from 'node:path';
import type { z } from 'zod';
import { api, isMethodName, type MethodName } from '../shared/api';
import type { Result, ResultError } from '../shared/result';
import type { Progress } from '../shared/transport';
import type { Archive } from './archive';
import { diskFullMessage, isDiskFull, roomNeeded } from './diskFull';
import { ArchiveError } from './errors';
import { printWithChromium, type PdfPrinter } from './export/pdf';
import { handlers } from './handlers';
import type { Context } from './repo/context';
import type { SignInDesk } from './signIn/desk';

export type Dispatch = (method: string, input: unknown, onProgress?: (p: Progress) => void) => Promise<Result<unknown>>;

function invalidInput(issues: z.core.$ZodIssue[]): ResultError {
  const fields = issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const text = fields.map((f) => f.message).join('；');
  return { code: 'INVALID_INPUT', message: `输入有误：${text}`, fields };
}

const constraintMessages: [RegExp, string][] = [
  [/FOREIGN KEY/i, '引用的记录不存在（例如委员或活动已被删除），请重新选择。'],
  [/UNIQUE/i, '已存在相同的记录，请勿重复添加。'],
  [/CHECK/i, '数据不符合档案的规则（例如日期无效或取值不在允许范围内）。'],
  [/NOT NULL/i, '缺少必填的内容。'],
];

/** Where the failed work was and how much room it needed, for telling a full disk apart and sizing its message. */
export interface FailureSite {
  /** The folder the work wrote into (the archive's). */
  dir?: string;
  /** Bytes the work needs free, roughly (see roomNeeded). */
  neededBytes?: number;
  /** What became of the work, for the full-disk message (本次修改未保存…). */
  outcome?: string;
}

/** Turns anything thrown by a handler into the error half of a Result, in Chinese. */
export function toResultError(e: unknown, site: FailureSite = {}): ResultError {
  if (e instanceof ArchiveError) return { code: e.code, message: e.message };
  if (isDiskFull(e, site.dir))
    return { code: 'IO_ERROR', message: diskFullMessage(site.neededBytes ?? 1024 * 1024, site.dir, site.outcome) };
  const err = e as { code?: string; message?: string };
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    const hit = constraintMessages.find(([re]) => re.test(`${err.code} ${err.message}`));
    return { code: 'CONSTRAINT', message: hit ? hit[1] : '数据不符合档案的规则，未保存。' };
  }
  // SQLite reports extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_FSYNC, …): judge by the primary one.
  const sqlite = typeof err?.code === 'string' ? /^SQLITE_[A-Z]+/.exec(err.code)?.[0] : undefined;
  if (sqlite === 'SQLITE_BUSY') return { code: 'ARCHIVE_LOCKED', message: '档案正被另一个程序写入，请稍后再试。' };
  if (err?.code === 'SQLITE_READONLY_DBMOVED')
    return { code: 'IO_ERROR', message: '档案文件在程序打开期间被移动或删除，本次修改未保存。请重新打开档案。' };
  if (sqlite === 'SQLITE_READONLY')
    return { code: 'IO_ERROR', message: '档案文件或其所在文件夹是只读的，无法保存修改。' };
  if (sqlite === 'SQLITE_CORRUPT' || sqlite === 'SQLITE_NOTADB')
    return { code: 'ARCHIVE_CORRUPT', message: '档案文件已损坏，请从备份恢复。' };
  if (sqlite === 'SQLITE_IOERR' || sqlite === 'SQLITE_CANTOPEN')
    return {
      code: 'IO_ERROR',
      message: `读写档案文件时出错（${err.code}），本次修改未保存。存储设备可能已断开或有故障，请检查后重试。`,
    };
  if (typeof err?.code === 'string' && /^(EACCES|EPERM|EROFS|ENOENT)$/.test(err.code))
    return { code: 'IO_ERROR', message: `文件读写失败（${err.code}）：${err.message ?? ''}` };
  return { code: 'INTERNAL', message: `程序内部错误：${err?.message ?? String(e)}` };
}

function failureSite(file: string, method: string, input: unknown): FailureSite {
  const exporting = /^(export|package|yearEnd)\./.test(method);
  const backingUp = method.startsWith('backups.');
  const work = exporting ? 'export' : backingUp ? 'backup' : 'save';
  return {
    dir: path.dirname(file),
    neededBytes: roomNeeded(file, work, work === 'save' ? JSON.stringify(input ?? null).length : 0),
    outcome: exporting ? '文件没有生成' : backingUp ? '备份没有完成' : '本次修改未保存',
  };
}

export interface DispatcherOptions {
  /** The host's PDF engine; headless Chromium unless the host brings its own (the Electron app does). */
  printPdf?: PdfPrinter;
  /** The host's 手机扫码签到 desk; without one the signIn methods say where they work. */
  signIn?: SignInDesk;
}

/**
 * The one entry point of the archive: unknown method → error; input parsed by its schema before
 * any handler runs; the handler's value or error returned as a Result, never thrown.
 */
export function createDispatcher(
  archive: Archive,
  { printPdf = printWithChromium, signIn }: DispatcherOptions = {},
): Dispatch {
  return async (method, input, onProgress) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的方法：${String(method).slice(0, 80)}` } };
    }
    const parsed = api[method as MethodName].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error.issues) };
    const ctx: Context = {
      archive,
      db: api[method as MethodName].reads ? archive.reader : archive.db,
      progress: onProgress ?? (() => {}),
      printPdf,
      signIn,
    };
    try {
      const handler = handlers[method as MethodName] as (ctx: Context, input: unknown) => unknown;
      return { ok: true, value: await handler(ctx, parsed.data) };
    } catch (e) {
      if (api[method as MethodName].reads && String((e as { code?: unknown })?.code).startsWith('SQLITE_READONLY'))
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `程序内部错误：读取方法 ${method} 试图修改档案，已被阻止。` },
        };
      return { ok: false, error: toResultError(e, failureSite(archive.file, method, input)) };
    }
  };
}
