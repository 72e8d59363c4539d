import type { Dispatch } from '../db/dispatcher';
import type { Result } from '../shared/result';
import { IPC_CHANNEL, IPC_PROGRESS_CHANNEL } from '../shared/transport';
import { isAppUrl, type AppEntry } from './security';
import type { InvokeRegistrar } from './wiring/invokeChannel';

const refused: Result<never> = {
  ok: false,
  error: { code: 'IO_ERROR', message: '拒绝访问：只有本程序自己的页面可以读写档案。' },
};

/**
 * The one channel between the page and the archive. A frame that is not the app's own page
 * (should one ever load) gets a refusal, never the dispatcher.
 */
export function bindArchiveChannel(ipc: InvokeRegistrar, dispatch: Dispatch, entry: AppEntry): void {
  ipc.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isAppUrl(event.senderFrame?.url, entry)) return refused;
    return dispatch(String(method), input, (progress) => {
      if (!event.sender.isDestroyed()) event.sender.send(IPC_PROGRESS_CHANNEL, progress);
    });
  });
}
