import { randomBytes, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { SignInChoice } from '../../shared/contract/signIn';
import { BodyTooLarge, BodyTooSlow, readBody } from '../host/readBody';
import { securityHeaders } from '../host/securityHeaders';
import { wrongDigitCounter, WRONG_DIGITS_PER_MEMBER } from './attempts';
import { rateLimit } from './rateLimit';

/** How long a 现场签到 stays open at most. */
export const SIGN_IN_LIFETIME_MS = 2 * 60 * 60 * 1000;
/** A sign-in is a few dozen bytes of JSON. */
export const SIGN_IN_BODY_BYTES = 2048;
export const SIGN_IN_BODY_TIMEOUT_MS = 10_000;
/** Per phone address and minute: the page, its retries and a few submissions fit many times over. */
export const SIGN_IN_REQUESTS_PER_MINUTE = 30;

/** What one phone sends. */
export interface PhoneSignIn {
  memberId: number;
  attendance: SignInChoice;
  leaveReason: string | null;
}

export type SignInListenerEnd = 'closed' | 'expired';

export interface SignInListenerOptions {
  /** The LAN address to bind (see chooseLanAddress); tests use another loopback address. */
  address: string;
  /** 0 (the default) picks a random free port. */
  port?: number;
  /** The page, given the nonce its script and style must carry. */
  page(nonce: string): string;
  /**
   * The last 4 digits of the member's phone on record: null when the roster has no phone for
   * them, undefined when the member is not offered on this page at all.
   */
  phoneDigits(memberId: number): string | null | undefined;
  /** A verified sign-in: kept for the clerk to confirm; returns the message the phone shows. */
  accept(signIn: PhoneSignIn, client: string): string;
  /** Called once when the listener stops, with why. */
  onEnd?(why: SignInListenerEnd): void;
  lifetimeMs?: number;
  requestsPerMinute?: number;
  bodyBytes?: number;
  bodyTimeoutMs?: number;
  now?: () => number;
}

export interface SignInListener {
  /** http://address:port/token */
  url: string;
  address: string;
  port: number;
  /** Epoch ms after which the listener is gone. */
  expiresAt: number;
  close(): Promise<void>;
}

/** The token is in the address: never let it travel on as a Referer, nor the page be kept. */
const HEADERS = { ...securityHeaders, 'Cache-Control': 'no-store' };

const NOT_FOUND = '找不到该页面。现场签到可能已经结束，请向联络员询问。';

const submission = z
  .object({
    memberId: z.number().int().positive(),
    digits: z.string().regex(/^\d{4}$/),
    attendance: z.enum(['present', 'excused']),
    reason: z.string().max(200).nullish(),
  })
  .strict();

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    ...HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  res.end(body);
}

const answer = (res: ServerResponse, status: number, ok: boolean, message: string, extra: Record<string, string> = {}) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ ok, message }), extra);

const notFound = (res: ServerResponse) => send(res, 404, 'text/plain; charset=utf-8', NOT_FOUND);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The small HTTP listener phones reach on the office network during a 现场签到: one page and one
 * endpoint, both at `/<token>` (GET the page, POST a sign-in), everything else 404; the token is
 * checked on every request; per-address rate limit; tiny bodies; no CORS (no Access-Control
 * headers, JSON only, a foreign Origin refused); gone after `lifetimeMs` or close().
 * It is not the browser-mode host and reaches no contract method: only `accept`.
 */
export async function startSignInListener(o: SignInListenerOptions): Promise<SignInListener> {
  const now = o.now ?? Date.now;
  const token = randomBytes(16).toString('base64url');
  const tokenPath = Buffer.from(`/${token}`);
  const limiter = rateLimit(o.requestsPerMinute ?? SIGN_IN_REQUESTS_PER_MINUTE, 60_000, now);
  const wrong = wrongDigitCounter();
  const expiresAt = now() + (o.lifetimeMs ?? SIGN_IN_LIFETIME_MS);
  let port = o.port ?? 0;
  let ended = false;

  const isTokenPath = (raw: string | undefined) => {
    const p = Buffer.from(raw ?? '');
    return p.length === tokenPath.length && timingSafeEqual(p, tokenPath);
  };

  async function submit(req: IncomingMessage, res: ServerResponse, client: string) {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return answer(res, 415, false, '提交格式不正确。');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${o.address}:${port}`) return answer(res, 403, false, '拒绝访问。');
    let body: Buffer;
    try {
      body = await readBody(req, o.bodyBytes ?? SIGN_IN_BODY_BYTES, o.bodyTimeoutMs ?? SIGN_IN_BODY_TIMEOUT_MS);
    } catch (e) {
      if (e instanceof BodyTooLarge) return answer(res, 413, false, '提交的内容过长。', { Connection: 'close' });
      if (e instanceof BodyTooSlow) return answer(res, 408, false, '提交超时，请重试。', { Connection: 'close' });
      throw e;
    }
    let parsed: z.infer<typeof submission>;
    try {
      const r = submission.safeParse(JSON.parse(strictUtf8.decode(body)));
      if (!r.success) throw new Error();
      parsed = r.data;
    } catch {
      return answer(res, 400, false, '提交的内容不完整，请重新选择姓名后再试。');
    }
    const reason = parsed.reason?.trim() || null;
    if (parsed.attendance === 'excused' && !reason) return answer(res, 400, false, '请填写请假事由。');
    const expected = o.phoneDigits(parsed.memberId);
    if (expected === undefined) return answer(res, 400, false, '名单中没有这位委员，请找联络员签到。');
    if (expected === null) {
      return answer(res, 400, false, '名册中没有您的手机号，无法在手机上核对身份，请到联络员处签到或请假。');
    }
    const locked = wrong.locked(parsed.memberId, client);
    if (locked) {
      return answer(
        res,
        429,
        false,
        locked === 'member'
          ? '手机号后四位输错次数过多，不能再用手机签到，请到联络员处签到。'
          : '这部手机输错次数过多，不能再用手机签到，请到联络员处签到。',
      );
    }
    if (parsed.digits !== expected) {
      const left = wrong.wrong(parsed.memberId, client);
      return answer(
        res,
        403,
        false,
        left > 0
          ? `手机号后四位不对，请核对后重试（还可以再试 ${left} 次）。`
          : `手机号后四位已输错 ${WRONG_DIGITS_PER_MEMBER} 次，不能再用手机签到，请到联络员处签到。`,
      );
    }
    const message = o.accept({ memberId: parsed.memberId, attendance: parsed.attendance, leaveReason: reason }, client);
    answer(res, 200, true, message);
  }

  const server = http.createServer((req, res) => {
    const client = req.socket.remoteAddress ?? '?';
    if (ended || now() >= expiresAt) {
      void stop('expired');
      return notFound(res);
    }
    if (!limiter.take(client)) {
      return answer(res, 429, false, '请求太频繁，请稍等一分钟再试。', { 'Retry-After': '60' });
    }
    // A name other than the address itself is a page elsewhere rebinding its own name to us.
    if (req.headers.host !== `${o.address}:${port}` || !isTokenPath(req.url)) return notFound(res);
    if (req.method === 'GET') {
      const nonce = randomBytes(16).toString('base64');
      return send(res, 200, 'text/html; charset=utf-8', o.page(nonce), {
        'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; img-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'`,
      });
    }
    if (req.method === 'POST') {
      submit(req, res, client).catch(() => {
        if (!res.headersSent) answer(res, 500, false, '签到没有成功，请找联络员签到。');
        else res.destroy();
      });
      return;
    }
    notFound(res);
  });
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 64;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, o.address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  function stop(why: SignInListenerEnd): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      ended = true;
      clearTimeout(timer);
      server.close(() => resolve());
      server.closeAllConnections();
      o.onEnd?.(why);
    });
    return closing;
  }
  const timer = setTimeout(() => void stop('expired'), expiresAt - now());
  timer.unref();

  return {
    url: `http://${o.address}:${port}/${token}`,
    address: o.address,
    port,
    expiresAt,
    close: () => stop('closed'),
  };
}
