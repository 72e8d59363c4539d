import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveArchive } from '../../db/process/archiveProcess';
import type { FromArchive, ToArchive } from '../../db/process/protocol';
import { lockFileFor } from '../../db/writerLock';
import { tempDir } from '../helpers/archive';

// The archive process's loop in this process, over a recording port, on a real archive file.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function served() {
  const dir = tempDir('serve-archive-');
  dirs.push(dir);
  const file = path.join(dir, 'archive.sqlite');
  const sent: FromArchive[] = [];
  let deliver!: (m: ToArchive) => void;
  let parentGone!: () => void;
  const exit = vi.fn();
  serveArchive(
    { postMessage: (m) => sent.push(m), onMessage: (l) => (deliver = l) },
    { onParentGone: (l) => (parentGone = l), exit },
  );
  const next = (type: FromArchive['type']) => vi.waitFor(() => expect(sent.find((m) => m.type === type)).toBeDefined());
  const result = async (id: number) => {
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'result' && m.id === id)).toBe(true));
    return (sent.find((m) => m.type === 'result' && m.id === id) as Extract<FromArchive, { type: 'result' }>).result;
  };
  return { file, sent, deliver: (m: ToArchive) => deliver(m), parentGone: () => parentGone(), exit, next, result };
}

describe('the archive process’s loop', () => {
  it('says it has started, answers before the open with a plain refusal, then opens and serves', async () => {
    const s = served();
    expect(s.sent[0]).toEqual({ type: 'started' });
    s.deliver({ type: 'call', id: 1, method: 'meta.info', input: {} });
    expect(await s.result(1)).toMatchObject({ ok: false, error: { message: '档案尚未打开，请稍候再试。' } });
    s.deliver({ type: 'open', file: s.file, notices: ['重新启动过'] });
    await s.next('ready');
    s.deliver({ type: 'call', id: 2, method: 'meta.info', input: {} });
    expect(await s.result(2)).toMatchObject({ ok: true, value: { file: s.file, notices: ['重新启动过'] } });
    s.deliver({ type: 'shutdown' });
    await s.next('closed');
  });

  it('shutdown lets a running call finish, refuses new ones, closes, releases the lock, then exits', async () => {
    const s = served();
    s.deliver({ type: 'open', file: s.file, notices: [] });
    await s.next('ready');
    s.deliver({ type: 'call', id: 1, method: 'members.create', input: { name: '张三' } });
    s.deliver({ type: 'shutdown' });
    s.deliver({ type: 'call', id: 2, method: 'members.names', input: {} });
    expect(await s.result(1)).toMatchObject({ ok: true, value: { name: '张三' } });
    expect(await s.result(2)).toMatchObject({ ok: false, error: { message: '程序正在关闭，本次操作未执行。' } });
    await s.next('closed');
    expect(fs.existsSync(lockFileFor(s.file))).toBe(false);
    expect(s.exit).toHaveBeenCalledWith(0);
  });

  it('main gone closes it the same way, and a print still waiting for main is refused', async () => {
    const s = served();
    s.deliver({ type: 'open', file: s.file, notices: [] });
    await s.next('ready');
    s.deliver({ type: 'call', id: 1, method: 'members.create', input: { name: '李四' } });
    await s.result(1);
    s.deliver({ type: 'call', id: 2, method: 'export.memberFile', input: { memberId: 1, year: 2025, format: 'pdf', maskPersonal: true } });
    await s.next('print');
    s.parentGone();
    await s.next('closed');
    expect(await s.result(2)).toMatchObject({ ok: false, error: { code: 'IO_ERROR', message: '程序正在关闭，未能生成 PDF。' } });
    expect(s.sent.at(-1)).toEqual({ type: 'closed' });
    expect(fs.existsSync(lockFileFor(s.file))).toBe(false);
  });
});
