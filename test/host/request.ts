import http from 'node:http';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Where a test's request goes: the host's port and, to be let in, the cookie its URL's secret buys. */
export interface HostAddress {
  port: number;
  cookie?: string;
}

export interface RawRequest extends HostAddress {
  path: string;
  method?: string;
  headers?: Record<string, string | number>;
  body?: string;
}

/**
 * A request exactly as written: node:http sends the path and Host header untouched, where fetch
 * would normalise `..` away and refuse to set Host.
 */
export function request({ port, cookie, path, method = 'GET', headers = {}, body }: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: { Host: `127.0.0.1:${port}`, ...(cookie ? { Cookie: cookie } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** POST /api/call with `body` as written, of JSON or of `contentType`. */
export const postCall = (to: HostAddress, body: string, headers: Record<string, string> = {}) =>
  request({
    ...to,
    path: '/api/call',
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

/** POST /api/call the way the renderer does, returning the parsed envelope. */
export async function callOverHttp(
  to: HostAddress,
  method: string,
  input: unknown,
  headers: Record<string, string> = {},
) {
  const reply = await postCall(to, JSON.stringify({ method, input }), headers);
  return {
    ...reply,
    json: JSON.parse(reply.body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } },
  };
}
