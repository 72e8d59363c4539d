import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_ATTACHMENT_BYTES } from '../../shared/contract/attachments';
import type { Result, ResultError } from '../../shared/result';
import { HTTP_CALL_PATH } from '../../shared/transport';
import { openWorkingArchive } from '../session';
import { createDispatcher, type Dispatch } from '../dispatcher';
import { EXPORTS_PATH } from '../../shared/exportFiles';
import { CONTENT_SECURITY_POLICY_HEADER } from './contentSecurityPolicy';
import { serveExport } from './exportDownloads';
import { progressEvents, type ProgressEvents } from './progressEvents';
import { clerkSecret, UNAUTHORISED_MESSAGE } from './clerkSecret';
import { BODY_TIMEOUT_MS, BodyTooLarge, BodyTooSlow, readBody } from './readBody';
import { receiveUpload } from './receiveUpload';
import { RECEIVE_PATH } from '../../shared/receivedFiles';
import {
  ALLOWED_METHODS,
  isAllowedHostHeader,
  isAllowedMethod,
  isAllowedOrigin,
  isLoopbackName,
} from './requestGuards';
import { contentTypeFor, resolveStaticPath } from './staticFiles';
import { createSignInDesk } from '../signIn/desk';
import { securityHeaders } from './securityHeaders';
import type { NetworkInterfaces } from '../signIn/lanAddress';

export const EVENTS_PATH = '/api/events';

/** The largest attachment, base64-encoded inside its JSON call, with room for the other fields. */
export const MAX_BODY_BYTES = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 1024 * 1024;

export interface HostOptions {
  /** The archive file; created (and migrated) if needed. */
  file: string;
  /** 0 picks a free port. */
  port: number;
  /** Only a loopback name is accepted; the socket is bound to 127.0.0.1 either way. */
  host?: string;
  /** The built renderer (out/web). */
  staticDir: string;
  /** How long a request body may take to arrive (tests pass a short one). */
  bodyTimeoutMs?: number;
  /** The machine's network interfaces for 手机扫码签到's LAN listener (tests give another loopback address). */
  lanInterfaces?: () => NetworkInterfaces;
}

export interface RunningHost {
  /** The address to open, with this start's secret (`/?k=…`). */
  url: string;
  port: number;
  /** `name=value` of the cookie the URL's secret is exchanged for: what a client other than the browser sends. */
  cookie: string;
  close(): Promise<void>;
}

const COMMON_HEADERS = { ...securityHeaders, 'Cross-Origin-Opener-Policy': 'same-origin' };

function sendJson(
  res: ServerResponse,
  status: number,
  body: Result<unknown>,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

const failure = (code: ResultError['code'], message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
  res.end(text);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  dispatch: Dispatch,
  events: ProgressEvents,
  bodyTimeoutMs: number,
) {
  // A cross-site page can post text/plain without asking first; JSON needs a preflight we refuse.
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return sendJson(res, 415, failure('INVALID_INPUT', '请求格式不正确：档案服务只接受 JSON。'));
  }
  let body: Buffer;
  try {
    body = await readBody(req, MAX_BODY_BYTES, bodyTimeoutMs);
  } catch (e) {
    if (e instanceof BodyTooSlow) {
      return sendJson(res, 408, failure('INVALID_INPUT', '提交的内容传送太慢，等待超时，未保存。请重试。'), {
        Connection: 'close',
      });
    }
    if (e instanceof BodyTooLarge) {
      // Stop reading the rest of an oversized upload: answer and close the connection.
      return sendJson(res, 413, failure('INVALID_INPUT', '提交的内容过大（附件不能超过 50 MB），未保存。'), {
        Connection: 'close',
      });
    }
    throw e;
  }
  let text: string;
  try {
    // Decoding loosely would store U+FFFD in place of every bad byte (a member named ���).
    text = strictUtf8.decode(body);
  } catch {
    return sendJson(res, 400, failure('INVALID_INPUT', '请求内容不是有效的 UTF-8 文本，未执行，什么也没有保存。'));
  }
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch {
    return sendJson(res, 400, failure('INVALID_INPUT', '请求内容不是有效的 JSON，未执行。'));
  }
  const { method, input } = (request ?? {}) as { method?: unknown; input?: unknown };
  if (typeof method !== 'string') {
    return sendJson(res, 400, failure('INVALID_INPUT', '请求缺少方法名（method），未执行。'));
  }
  sendJson(res, 200, await dispatch(method, input, events.send));
}

function serveStatic(res: ServerResponse, staticDir: string, rawPath: string): void {
  const target = resolveStaticPath(staticDir, rawPath);
  if (target.kind === 'refused') return sendText(res, 403, '拒绝访问：路径无效。');
  fs.stat(target.file, (err, stat) => {
    if (err || !stat.isFile()) {
      // Browsers ask for an icon the page never names; "no content" keeps their consoles clean.
      if (rawPath === '/favicon.ico') return void res.writeHead(204, COMMON_HEADERS).end();
      return sendText(res, 404, '找不到该页面。');
    }
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': contentTypeFor(target.file),
      'Content-Length': stat.size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
      // The files change with every build on the same port: always ask again.
      'Cache-Control': 'no-cache',
    });
    fs.createReadStream(target.file).pipe(res);
  });
}

const unauthorisedPage = `<!doctype html><meta charset="utf-8"><title>未获授权</title><p>${UNAUTHORISED_MESSAGE}</p>`;

function sendUnauthorisedPage(res: ServerResponse): void {
  res.writeHead(401, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'",
    'Cache-Control': 'no-store',
  });
  res.end(unauthorisedPage);
}

/** The page itself needs the cookie (without it the clerk is told which address to open); its scripts, styles and fonts hold no data. */
const isPage = (rawPath: string) => rawPath === '/' || rawPath === '/index.html';

/**
 * The browser-mode host: the archive's dispatcher over HTTP plus the built renderer, on the
 * loopback interface only. Every request passes the Host/Origin check first, so a web page that
 * rebinds its own name to 127.0.0.1 reaches nothing; then every call, event stream, download and
 * the page itself need this start's secret (see clerkSecret.ts).
 */
export async function startHost({
  file,
  port,
  host = '127.0.0.1',
  staticDir,
  bodyTimeoutMs = BODY_TIMEOUT_MS,
  lanInterfaces,
}: HostOptions): Promise<RunningHost> {
  if (!isLoopbackName(host)) {
    throw new Error(`档案服务只在本机地址 127.0.0.1 上运行，不能绑定到 ${host}。`);
  }
  const archive = await openWorkingArchive(file);
  // 手机扫码签到 listens on the LAN only while a 现场签到 is open, on its own socket: this host stays on 127.0.0.1.
  const signIn = createSignInDesk({ db: archive.db, interfaces: lanInterfaces });
  const dispatch = createDispatcher(archive, { signIn });
  const events = progressEvents(COMMON_HEADERS);
  const secret = clerkSecret();
  let boundPort = port;

  const server = http.createServer((req, res) => {
    if (!isAllowedMethod(req.method)) {
      return sendText(res, 405, '不支持的请求方法。', { Allow: ALLOWED_METHODS.join(', ') });
    }
    if (!isAllowedHostHeader(req.headers.host, boundPort) || !isAllowedOrigin(req.headers.origin, boundPort)) {
      return sendJson(res, 403, failure('IO_ERROR', '拒绝访问：档案服务只接受本机页面的请求。'));
    }
    const [rawPath, query = ''] = (req.url ?? '/').split('?');
    const route = `${req.method} ${rawPath}`;
    const k = new URLSearchParams(query).get('k');
    if (req.method === 'GET' && k !== null && !rawPath.startsWith('/api/')) {
      if (!secret.isUrlSecret(k)) return sendUnauthorisedPage(res);
      // Always to `/`: the path is the requester's, and a `//other.site` one would redirect away.
      res.writeHead(303, {
        ...COMMON_HEADERS,
        Location: '/',
        'Set-Cookie': secret.setCookie(boundPort),
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    const authorised = secret.hasCookie(req, boundPort);
    if (!authorised && (rawPath.startsWith('/api/') || rawPath.startsWith(`${EXPORTS_PATH}/`))) {
      if (route === `POST ${HTTP_CALL_PATH}`) return sendJson(res, 401, failure('IO_ERROR', UNAUTHORISED_MESSAGE), { Connection: 'close' });
      return sendText(res, 401, UNAUTHORISED_MESSAGE);
    }
    if (route === `POST ${HTTP_CALL_PATH}`) {
      handleCall(req, res, dispatch, events, bodyTimeoutMs).catch((e: Error) => {
        if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', `程序内部错误：${e.message}`));
        else res.destroy();
      });
      return;
    }
    if (route === `POST ${RECEIVE_PATH}`) {
      receiveUpload(req, archive.file).then(
        (r) => sendJson(res, r.ok ? 200 : 400, r, r.ok ? {} : { Connection: 'close' }),
        (e: Error) => sendJson(res, 500, failure('INTERNAL', `程序内部错误：${e.message}`)),
      );
      return;
    }
    if (route === `GET ${EVENTS_PATH}`) return events.open(res);
    if (req.method === 'GET' && rawPath.startsWith(`${EXPORTS_PATH}/`)) {
      const refuse = (status: number, text: string) => sendText(res, status, text);
      return serveExport(req, res, { archiveFile: archive.file, headers: COMMON_HEADERS, refuse });
    }
    if (req.method === 'GET' && !rawPath.startsWith('/api/')) {
      if (isPage(rawPath) && !authorised) return sendUnauthorisedPage(res);
      return serveStatic(res, staticDir, rawPath);
    }
    sendText(res, 404, '找不到该页面。');
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    archive.close();
    throw e;
  }
  boundPort = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${boundPort}/?k=${secret.urlSecret}`,
    port: boundPort,
    cookie: secret.cookie(boundPort),
    close() {
      closing ??= new Promise<void>((resolve) => {
        void signIn.closeAll();
        events.closeAll();
        server.close(() => {
          archive.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
