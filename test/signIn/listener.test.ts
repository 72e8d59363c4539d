import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSignInListener, type PhoneSignIn, type SignInListener, type SignInListenerOptions } from '../../db/signIn/listener';
import { lanRequest, postSignIn, reachLan } from './lanRequest';

// A loopback address other than the app's own: Linux routes all of 127/8 to lo.
const ADDRESS = '127.0.0.3';

let running: SignInListener | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
  vi.useRealTimers();
});

async function start(extra: Partial<SignInListenerOptions> = {}) {
  const accepted: PhoneSignIn[] = [];
  const ends: string[] = [];
  running = await startSignInListener({
    address: ADDRESS,
    page: (nonce) => `<!doctype html><title>视察华屏苑</title><script nonce="${nonce}"></script>`,
    phoneDigits: (id) => ({ 1: '5678', 2: null })[id],
    accept: (s) => {
      accepted.push(s);
      return '签到成功';
    },
    onEnd: (why) => ends.push(why),
    ...extra,
  });
  return { listener: running, accepted, ends };
}

describe('the 现场签到 LAN listener', () => {
  it('serves the page at its token only, with a nonce CSP, no-referrer and no CORS', async () => {
    const { listener } = await start();
    expect(listener.url).toMatch(/^http:\/\/127\.0\.0\.3:\d+\/[A-Za-z0-9_-]{22}$/);
    const page = await lanRequest(listener.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('视察华屏苑');
    const nonce = /nonce="([^"]+)"/.exec(page.body)?.[1];
    expect(page.headers['content-security-policy']).toContain(`script-src 'nonce-${nonce}'`);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(Object.keys(page.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('answers 404 to everything else: another token, another path, the host’s API, other methods, a foreign Host', async () => {
    const { listener, accepted } = await start();
    const path = new URL(listener.url).pathname;
    const wrongToken = `/${'A'.repeat(22)}`;
    const cases: { method?: string; path?: string; headers?: Record<string, string> }[] = [
      { path: '/' },
      { path: wrongToken },
      { path: `${path}/` },
      { path: `${path}x` },
      { path: `${path}?k=1` },
      { path: '/api/call', method: 'POST' },
      { path: '/api/events' },
      { path: '/index.html' },
      { path: '/favicon.ico' },
      { path, method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } },
      { path, method: 'PUT' },
      { path, method: 'DELETE' },
      { path, headers: { Host: 'evil.example' } },
    ];
    for (const c of cases) {
      const r = await lanRequest(listener.url, c);
      expect(r.status, JSON.stringify(c)).toBe(404);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
    }
    const post = await lanRequest(listener.url, {
      path: wrongToken,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId: 1, digits: '5678', attendance: 'present' }),
    });
    expect(post.status).toBe(404);
    expect(accepted).toEqual([]);
  });

  it('takes a sign-in with the right last four digits, a leave with its reason', async () => {
    const { listener, accepted } = await start();
    const ok = await postSignIn(listener.url, { memberId: 1, digits: '5678', attendance: 'present', reason: null });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ ok: true, message: '签到成功' });
    const leave = await postSignIn(listener.url, { memberId: 1, digits: '5678', attendance: 'excused', reason: ' 出差 ' });
    expect(leave.status).toBe(200);
    expect(accepted).toEqual([
      { memberId: 1, attendance: 'present', leaveReason: null },
      { memberId: 1, attendance: 'excused', leaveReason: '出差' },
    ]);
    const noReason = await postSignIn(listener.url, { memberId: 1, digits: '5678', attendance: 'excused', reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.json.message).toBe('请填写请假事由。');
  });

  it('says clearly when the digits are wrong, and stops after five wrong tries even with the right ones', async () => {
    const { listener, accepted } = await start();
    const wrong = await postSignIn(listener.url, { memberId: 1, digits: '0000', attendance: 'present' });
    expect(wrong.status).toBe(403);
    expect(wrong.json.message).toBe('手机号后四位不对，请核对后重试（还可以再试 4 次）。');
    for (let i = 0; i < 3; i++) await postSignIn(listener.url, { memberId: 1, digits: '1111', attendance: 'present' });
    const fifth = await postSignIn(listener.url, { memberId: 1, digits: '2222', attendance: 'present' });
    expect(fifth.json.message).toBe('手机号后四位已输错 5 次，不能再用手机签到，请到联络员处签到。');
    const right = await postSignIn(listener.url, { memberId: 1, digits: '5678', attendance: 'present' });
    expect(right.status).toBe(429);
    expect(right.json.message).toContain('请到联络员处签到');
    expect(accepted).toEqual([]);
  });

  it('sends a member with no phone on record to the clerk, and refuses a member not on the page', async () => {
    const { listener } = await start();
    const noPhone = await postSignIn(listener.url, { memberId: 2, digits: '1234', attendance: 'present' });
    expect(noPhone.status).toBe(400);
    expect(noPhone.json.message).toBe('名册中没有您的手机号，无法在手机上核对身份，请到联络员处签到或请假。');
    const stranger = await postSignIn(listener.url, { memberId: 99, digits: '1234', attendance: 'present' });
    expect(stranger.json.message).toBe('名单中没有这位委员，请找联络员签到。');
  });

  it('limits bodies: too large, not JSON, not UTF-8, extra fields, a foreign Origin', async () => {
    const { listener, accepted } = await start();
    const big = await lanRequest(listener.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId: 1, digits: '5678', attendance: 'present', reason: 'x'.repeat(5000) }),
    });
    expect(big.status).toBe(413);
    const form = await lanRequest(listener.url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ memberId: 1, digits: '5678', attendance: 'present' }),
    });
    expect(form.status).toBe(415);
    const junk = await lanRequest(listener.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"memberId":' });
    expect(junk.status).toBe(400);
    const extra = await postSignIn(listener.url, { memberId: 1, digits: '5678', attendance: 'present', admin: true });
    expect(extra.status).toBe(400);
    const foreign = await postSignIn(listener.url, { memberId: 1, digits: '5678', attendance: 'present' }, { Origin: 'http://192.168.1.9:80' });
    expect(foreign.status).toBe(403);
    expect(accepted).toEqual([]);
  });

  it('limits requests per phone address, and lets it in again the next minute', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { listener } = await start({ requestsPerMinute: 5 });
    for (let i = 0; i < 5; i++) expect((await lanRequest(listener.url)).status).toBe(200);
    const sixth = await lanRequest(listener.url);
    expect(sixth.status).toBe(429);
    expect(sixth.body).toContain('请求太频繁');
    // Wrong-token requests count too: guessing is rate limited as well.
    expect((await lanRequest(listener.url, { path: '/guess' })).status).toBe(429);
    vi.advanceTimersByTime(60_000);
    expect((await lanRequest(listener.url)).status).toBe(200);
  });

  it('ends by itself after two hours (fake timers): the address answers nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { listener, ends } = await start();
    expect(listener.expiresAt - Date.now()).toBe(2 * 60 * 60 * 1000);
    vi.advanceTimersByTime(2 * 60 * 60 * 1000 - 1000);
    expect((await lanRequest(listener.url)).status).toBe(200);
    expect(ends).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(ends).toEqual(['expired']);
    expect(await reachLan(listener.url)).toBe('ECONNREFUSED');
  });

  it('ends on close(); a new listener has a new token and port', async () => {
    const { listener, ends } = await start();
    const first = listener.url;
    await listener.close();
    expect(ends).toEqual(['closed']);
    expect(await reachLan(first)).toBe('ECONNREFUSED');
    const again = await start();
    expect(again.listener.url).not.toBe(first);
    expect(new URL(again.listener.url).pathname).not.toBe(new URL(first).pathname);
  });
});
