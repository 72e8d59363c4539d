import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { fromParentPort, parentPidArg, processLife } from '../../db/process/ports';

// The few lines that tell Electron's utility process from a Node child: its port's messages
// arrive wrapped, and main's death is noticed by its pid.

describe('the archive process’s port and life', () => {
  it('unwraps Electron’s MessageEvent and posts plain messages', () => {
    const posted: unknown[] = [];
    const emitter = new EventEmitter();
    const port = fromParentPort({ postMessage: (m) => posted.push(m), on: (e, l) => emitter.on(e, l) });
    const heard: unknown[] = [];
    port.onMessage((m) => heard.push(m));
    emitter.emit('message', { data: { type: 'shutdown' }, ports: [] });
    port.postMessage({ type: 'started' });
    expect(heard).toEqual([{ type: 'shutdown' }]);
    expect(posted).toEqual([{ type: 'started' }]);
  });

  it('reads main’s pid from the arguments', () => {
    expect(parentPidArg(['/x/electron', '/app/archiveProcess.js', '--parent-pid=4321'])).toBe(4321);
    expect(parentPidArg(['--parent-pid=abc'])).toBeUndefined();
    expect(parentPidArg([])).toBeUndefined();
  });

  it('notices that the process with main’s pid is gone, once', async () => {
    const stand = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((resolve) => stand.once('spawn', resolve));
    const proc = Object.assign(new EventEmitter(), { exit: vi.fn() }) as unknown as NodeJS.Process;
    const gone = vi.fn();
    processLife(proc, { parentPid: stand.pid, watchMs: 20 }).onParentGone(gone);
    stand.kill('SIGKILL');
    await vi.waitFor(() => expect(gone).toHaveBeenCalled(), { timeout: 30_000 });
    (proc as unknown as EventEmitter).emit('SIGTERM');
    expect(gone).toHaveBeenCalledOnce();
  });

  it('a disconnected channel or SIGTERM means main is gone too', () => {
    for (const event of ['disconnect', 'SIGTERM']) {
      const proc = new EventEmitter() as unknown as NodeJS.Process;
      const gone = vi.fn();
      processLife(proc, {}).onParentGone(gone);
      (proc as unknown as EventEmitter).emit(event);
      expect(gone).toHaveBeenCalledOnce();
    }
  });
});
