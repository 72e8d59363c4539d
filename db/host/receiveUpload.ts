import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { ReceiveResult } from '../../shared/receivedFiles';
import { MAX_UNPACKED_BYTES } from '../package/readPackage';
import { pruneReceived, receivedFolder, receivedName } from '../package/receivedFolder';

class TooLarge extends Error {}

const refused = (message: string): ReceiveResult => ({ ok: false, error: { code: 'INVALID_INPUT', message } });

/**
 * `POST /api/receive?name=…`: a year package chosen in the browser, streamed into
 * `<archive>.received/` (through a `.part` name, so a broken upload never looks finished). Only a
 * zip body is taken: a page of another site could send text/plain without asking first, but not
 * application/zip (and the host has already refused its Origin).
 */
export async function receiveUpload(req: IncomingMessage, archiveFile: string, now = new Date()): Promise<ReceiveResult> {
  if (!/^application\/(zip|x-zip-compressed)\b/i.test(req.headers['content-type'] ?? ''))
    return refused('只能上传 .zip 格式的年度档案包。');
  const original = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('name') ?? '';
  if (!original.toLowerCase().endsWith('.zip')) return refused('只能上传 .zip 格式的年度档案包。');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_UNPACKED_BYTES) return refused('文件过大，不是本程序导出的年度档案包。');

  const folder = receivedFolder(archiveFile);
  fs.mkdirSync(folder, { recursive: true });
  const name = receivedName(original, now);
  const file = path.join(folder, name);
  const partial = `${file}.part`;
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > MAX_UNPACKED_BYTES ? new TooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(req, counter, fs.createWriteStream(partial));
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    if (e instanceof TooLarge) return refused('文件过大，不是本程序导出的年度档案包。');
    return { ok: false, error: { code: 'IO_ERROR', message: `接收文件时出错：${(e as Error).message}` } };
  }
  pruneReceived(folder);
  return { ok: true, value: { file, name: path.basename(original.replace(/\\/g, '/')), size } };
}
