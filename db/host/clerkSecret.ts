import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The browser-mode host answers only the clerk who started it. Any local process, and on Windows
 * any other signed-in user, can reach 127.0.0.1, so a secret is made at every start and carried in
 * the URL the host prints (`/?k=…`). The first request with it is answered by an HttpOnly,
 * SameSite=Strict cookie and a redirect to the clean `/`, so the secret leaves the address bar at
 * once: no page is ever shown under the secret URL, nothing it loads can carry it in a Referer
 * (and `Referrer-Policy: no-referrer` is sent anyway), and the host logs no URLs. A query rather
 * than a `#k=` fragment because only the host can set an HttpOnly cookie: a fragment would have
 * to pass through page script first. The cookie holds a second secret, so neither reveals the
 * other; its name carries the port, since browsers share cookies between ports of one name.
 */
export interface ClerkSecret {
  /** The value of `k` in the URL the host prints. */
  readonly urlSecret: string;
  /** `name=value`, as a client sends it in its Cookie header. */
  cookie(port: number): string;
  /** The Set-Cookie header answering a request that brought the URL's secret. */
  setCookie(port: number): string;
  /** Whether `k` is this start's secret. */
  isUrlSecret(k: string): boolean;
  /** Whether the request carries this start's cookie. */
  hasCookie(req: IncomingMessage, port: number): boolean;
}

const token = () => crypto.randomBytes(32).toString('base64url');

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const cookieName = (port: number) => `liaison_session_${port}`;

export function clerkSecret(): ClerkSecret {
  const urlSecret = token();
  const session = token();
  return {
    urlSecret,
    cookie: (port) => `${cookieName(port)}=${session}`,
    setCookie: (port) => `${cookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`,
    isUrlSecret: (k) => sameSecret(k, urlSecret),
    hasCookie(req, port) {
      const name = cookieName(port);
      return (req.headers.cookie ?? '').split(';').some((part) => {
        const [key, ...value] = part.trim().split('=');
        return key === name && sameSecret(value.join('='), session);
      });
    },
  };
}

/** What anyone without the secret is told, API and page alike. */
export const UNAUTHORISED_MESSAGE =
  '未获授权：请用档案服务启动时显示的完整地址（带 ?k= 的那一个）打开。本服务只供启动它的人使用，每次启动地址都会变。';
