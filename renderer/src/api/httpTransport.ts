import type { Input, MethodName, Output } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { HTTP_CALL_PATH, type ArchiveTransport, type Progress } from '../../../shared/transport';

/** Where the browser-mode host pushes progress of long work as server-sent events. */
const EVENTS_PATH = '/api/events';

const unreachable = (detail: string): Result<never> => ({
  ok: false,
  error: { code: 'IO_ERROR', message: `无法连接档案服务（${detail}）。请确认档案程序仍在运行，然后刷新页面。` },
});

function isResult(v: unknown): v is Result<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

/** The archive over the browser-mode host: POST {method, input} → Result JSON; progress over SSE. */
export function httpTransport(): ArchiveTransport {
  const listeners = new Set<(p: Progress) => void>();
  let events: EventSource | undefined;

  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
      let response: Response;
      try {
        response = await fetch(HTTP_CALL_PATH, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ method, input }),
        });
      } catch (e) {
        return unreachable((e as Error).message);
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (!isResult(body)) return unreachable(`HTTP ${response.status}`);
      return body as Result<Output<M>>;
    },

    onProgress(listener) {
      listeners.add(listener);
      if (!events) {
        events = new EventSource(EVENTS_PATH);
        events.onmessage = (e: MessageEvent<string>) => {
          const progress = JSON.parse(e.data) as Progress;
          for (const l of listeners) l(progress);
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          events?.close();
          events = undefined;
        }
      };
    },
  };
}
