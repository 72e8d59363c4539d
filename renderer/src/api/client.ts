import type { Input, MethodName, Output } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import type { ArchiveTransport, Progress } from '../../../shared/transport';
import { httpTransport } from './httpTransport';

let transport: ArchiveTransport | undefined;

/** The Electron preload's bridge when the app runs in its window, HTTP in browser mode. */
function current(): ArchiveTransport {
  transport ??= window.archive ?? httpTransport();
  return transport;
}

/** Calls one method of the contract; never throws — failures come back as `{ ok: false, error }`. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  try {
    return await current().call(method, input);
  } catch (e) {
    return { ok: false, error: { code: 'INTERNAL', message: `调用 ${method} 时出错：${(e as Error).message}` } };
  }
}

/** Subscribes to progress of long work; returns the unsubscribe function. */
export function onProgress(listener: (p: Progress) => void): () => void {
  return current().onProgress(listener);
}

/** For component tests only: talk to a fake transport instead (undefined restores the default). */
export function setTransport(fake: ArchiveTransport | undefined): void {
  transport = fake;
}
