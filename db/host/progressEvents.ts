import type { ServerResponse } from 'node:http';
import type { Progress } from '../../shared/transport';

/** The open server-sent-event streams of the browser-mode host. */
export interface ProgressEvents {
  open(res: ServerResponse): void;
  send(progress: Progress): void;
  closeAll(): void;
}

/**
 * The host serves one clerk on one machine, so progress goes to every open page: the page that
 * started the work is among them, and no other user can be.
 */
export function progressEvents(securityHeaders: Record<string, string>): ProgressEvents {
  const streams = new Set<ServerResponse>();
  return {
    open(res) {
      res.writeHead(200, {
        ...securityHeaders,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // A comment line flushes the headers so EventSource reports the stream open at once.
      res.write(': connected\n\n');
      streams.add(res);
      res.on('close', () => streams.delete(res));
    },
    send(progress) {
      const frame = `data: ${JSON.stringify(progress)}\n\n`;
      for (const res of streams) res.write(frame);
    },
    closeAll() {
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
