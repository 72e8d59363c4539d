import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { FromArchive, ToArchive } from '../../db/process/protocol';
import { RESTART_NOTICE, superviseArchive, type ArchiveChild } from '../../electron/archiveProcess/supervisor';
import type { Progress } from '../../shared/transport';

// Main's side of the archive's process against a scripted stand-in child: what it does on each
// message and exit. (test/electron/archiveProcess.test.ts runs it against the real process.)

class ScriptedChild extends EventEmitter implements ArchiveChild {
  readonly received: ToArchive[] = [];
  killed = 0;
  constructor(private readonly script: (child: ScriptedChild, message: ToArchive) => void) {
    super();
    setImmediate(() => this.say({ type: 'started' }));
  }
  say(message: FromArchive) {
    this.emit('message', message);
  }
  die(code = 1) {
    this.emit('exit', code);
  }
  postMessage(message: ToArchive) {
    this.received.push(message);
    this.script(this, message);
  }
  kill() {
    this.killed++;
    return true;
  }
}

/** Opens at once, answers every call with its method name, closes on shutdown. */
const obliging = (child: ScriptedChild, message: ToArchive) => {
  if (message.type === 'open') setImmediate(() => child.say({ type: 'ready' }));
  if (message.type === 'call') setImmediate(() => child.say({ type: 'result', id: message.id, result: { ok: true, value: message.method } }));
  if (message.type === 'shutdown')
    setImmediate(() => {
      child.say({ type: 'closed' });
      child.die(0);
    });
};

function supervised(script = obliging, extra: Partial<Parameters<typeof superviseArchive>[0]> = {}) {
  const children: ScriptedChild[] = [];
  const restarts: string[] = [];
  const gaveUp: string[] = [];
  const archive = superviseArchive({
    file: '/archives/a.sqlite',
    spawn: () => {
      const child = new ScriptedChild(script);
      children.push(child);
      return child;
    },
    printPdf: async () => Buffer.from('%PDF'),
    onRestart: (n) => restarts.push(n),
    onGiveUp: (m) => gaveUp.push(m),
    ...extra,
  });
  return { archive, children, restarts, gaveUp };
}

describe('main’s side of the archive’s process', () => {
  it('names the file once the process has started, and routes each progress to its own call', async () => {
    const { archive, children } = supervised((child, message) => {
      if (message.type === 'call' && message.method === 'slow') {
        const progress: Progress = { task: 'slow', fraction: 0.5, message: '一半' };
        child.say({ type: 'progress', id: message.id, progress });
      }
      obliging(child, message);
    });
    await archive.ready;
    expect(children[0].received[0]).toEqual({ type: 'open', file: '/archives/a.sqlite', notices: [] });
    const slow = vi.fn();
    const quick = vi.fn();
    const results = await Promise.all([archive.dispatch('slow', {}, slow), archive.dispatch('quick', {}, quick)]);
    expect(results).toEqual([
      { ok: true, value: 'slow' },
      { ok: true, value: 'quick' },
    ]);
    expect(slow).toHaveBeenCalledWith({ task: 'slow', fraction: 0.5, message: '一半' });
    expect(quick).not.toHaveBeenCalled();
  });

  it('prints for the process and answers with the bytes, or with the printer’s message', async () => {
    const { archive, children } = supervised(obliging, {
      printPdf: async (html) => {
        if (html.endsWith('bad.html')) throw new Error('未能生成 PDF：超时');
        return Buffer.from(`PDF of ${html}`);
      },
    });
    await archive.ready;
    const [child] = children;
    child.say({ type: 'print', id: 1, htmlFile: '/tmp/a/print.html' });
    child.say({ type: 'print', id: 2, htmlFile: '/tmp/b/bad.html' });
    await vi.waitFor(() => expect(child.received.filter((m) => m.type !== 'open')).toHaveLength(2));
    const printed = child.received.find((m) => m.type === 'printed');
    expect(printed && Buffer.from(printed.pdf).toString()).toBe('PDF of /tmp/a/print.html');
    expect(child.received).toContainEqual({ type: 'printFailed', id: 2, message: '未能生成 PDF：超时' });
  });

  it('restarts after a crash with the notice, telling the new process to show it too', async () => {
    const { archive, children, restarts } = supervised();
    await archive.ready;
    children[0].die(1);
    expect(await archive.dispatch('after', {})).toEqual({ ok: true, value: 'after' });
    expect(restarts).toEqual([RESTART_NOTICE]);
    expect(children[1].received[0]).toEqual({ type: 'open', file: '/archives/a.sqlite', notices: [RESTART_NOTICE] });
  });

  it('gives up after too many crashes in a short time, and every call says so', async () => {
    let t = 0;
    const { archive, children, restarts, gaveUp } = supervised(obliging, {
      maxRestarts: 2,
      restartWindowMs: 60_000,
      now: () => t,
    });
    await archive.ready;
    for (let i = 0; i < 2; i++) {
      children.at(-1)!.die(1);
      await archive.dispatch('x', {});
      t += 1_000;
    }
    expect(restarts).toHaveLength(2);
    children.at(-1)!.die(1);
    const r = await archive.dispatch('x', {});
    expect(gaveUp).toHaveLength(1);
    expect(r).toEqual({ ok: false, error: { code: 'IO_ERROR', message: gaveUp[0] } });
    expect(gaveUp[0]).toMatch(/已停止自动重启/);
    expect(children).toHaveLength(3);
  });

  it('crashes far apart are each restarted', async () => {
    let t = 0;
    const { archive, children, gaveUp } = supervised(obliging, { maxRestarts: 1, restartWindowMs: 60_000, now: () => t });
    await archive.ready;
    for (let i = 0; i < 4; i++) {
      children.at(-1)!.die(1);
      expect(await archive.dispatch('x', {})).toEqual({ ok: true, value: 'x' });
      t += 61_000;
    }
    expect(gaveUp).toEqual([]);
  });

  it('a restart that cannot open the archive gives up with the archive’s message', async () => {
    let first = true;
    const { archive, children, gaveUp } = supervised((child, message) => {
      if (message.type === 'open' && !first) return child.say({ type: 'openFailed', message: '档案文件已损坏，请从备份恢复。' });
      first = false;
      obliging(child, message);
    });
    await archive.ready;
    children[0].die(1);
    const r = await archive.dispatch('x', {});
    expect(r).toMatchObject({ ok: false, error: { message: '档案文件已损坏，请从备份恢复。' } });
    await vi.waitFor(() => expect(gaveUp).toEqual(['档案服务重新启动时未能打开档案：档案文件已损坏，请从备份恢复。']));
    expect(children[1].received.at(-1)).toEqual({ type: 'shutdown' });
  });

  it('shutdown waits for the process to close the archive; one that never answers is killed', async () => {
    const closing = supervised();
    await closing.archive.ready;
    await closing.archive.shutdown();
    expect(closing.children[0].received.at(-1)).toEqual({ type: 'shutdown' });
    expect(closing.children[0].killed).toBe(0);
    expect(await closing.archive.dispatch('x', {})).toMatchObject({ ok: false, error: { message: /正在关闭/ } });

    const stuck = supervised((child, message) => message.type !== 'shutdown' && obliging(child, message), {
      shutdownTimeoutMs: 10,
    });
    await stuck.archive.ready;
    await stuck.archive.shutdown();
    expect(stuck.children[0].killed).toBe(1);
  });

  it('a call running when the process dies is answered with an error, never left waiting', async () => {
    const { archive, children } = supervised((child, message) => message.type !== 'call' && obliging(child, message));
    await archive.ready;
    const pending = archive.dispatch('never', {});
    await vi.waitFor(() => expect(children[0].received.some((m) => m.type === 'call')).toBe(true));
    children[0].die(1);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'IO_ERROR', message: /档案服务意外中断/ } });
  });
  it('a restart that dies before it is ready is one more crash, restarted again, not a refusal', async () => {
    let opens = 0;
    const { archive, children, gaveUp } = supervised((child, message) => {
      if (message.type === 'open' && ++opens === 2) return void setImmediate(() => child.die(1));
      obliging(child, message);
    });
    await archive.ready;
    children[0].die(1);
    await vi.waitFor(() => expect(children).toHaveLength(3));
    expect(await archive.dispatch('x', {})).toEqual({ ok: true, value: 'x' });
    expect(gaveUp).toEqual([]);
  });

  it('a quit before the process has started still reaches it', async () => {
    const { archive, children } = supervised();
    const done = archive.shutdown();
    await done;
    expect(children[0].received).toEqual([{ type: 'shutdown' }, { type: 'shutdown' }]);
    await expect(archive.ready).rejects.toThrow(/正在关闭/);
  });
});
