import http from 'node:http';

export interface LanReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request as a phone on the LAN sends it, to any address and path, Host header and body untouched. */
export function lanRequest(
  url: string,
  { method = 'GET', path, headers = {}, body }: { method?: string; path?: string; headers?: Record<string, string | number>; body?: string } = {},
): Promise<LanReply> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: path ?? u.pathname, method, headers: { Host: u.host, ...headers }, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** What a request to `url` meets: 'answered', or the network error's code (ECONNREFUSED once closed). */
export const reachLan = (url: string) =>
  lanRequest(url).then(
    () => 'answered',
    (e: NodeJS.ErrnoException) => e.code,
  );

/** POSTs one sign-in the way the phone page does. */
export function postSignIn(url: string, input: unknown, headers: Record<string, string> = {}) {
  return lanRequest(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  }).then((r) => ({ ...r, json: JSON.parse(r.body) as { ok: boolean; message: string } }));
}
