import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../db/host/httpHost';
import { tempDir } from '../helpers/archive';
import { countInFile } from '../helpers/readArchiveFile';
import { callOverHttp, request } from './request';
import { webFolder } from './webFolder';

/**
 * The browser-mode host serves the clerk who started it and nobody else on the machine: another
 * local process or Windows user can reach 127.0.0.1 too, so every API, event and download request
 * needs the secret made at this start.
 */
let dir: string;
let file: string;
let staticDir: string;
let host: RunningHost;
const hosts: RunningHost[] = [];

beforeEach(async () => {
  dir = tempDir('host-secret-');
  file = path.join(dir, 'archive.sqlite');
  staticDir = webFolder(dir);
  host = await startHost({ file, port: 0, staticDir, bodyTimeoutMs: 300 });
  hosts.push(host);
});

afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const memberCount = () => countInFile(file, 'SELECT count(*) AS n FROM members');
const secretOf = (h: RunningHost) => new URL(h.url).searchParams.get('k') ?? '';
const chinese = /[\u4e00-\u9fff]/;
const anonymous = () => ({ port: host.port });

describe('browser-mode host: only for the clerk who started it', () => {
  it('prints a URL carrying a fresh secret of at least 128 bits at every start', async () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?k=[A-Za-z0-9_-]{43,}$`));
    const other = await startHost({ file: path.join(dir, 'second.sqlite'), port: 0, staticDir });
    hosts.push(other);
    expect(secretOf(other)).not.toBe(secretOf(host));
  });

  it('refuses every API call without the cookie with 401 and a Chinese message, writing nothing', async () => {
    const r = await callOverHttp(anonymous(), 'members.create', { name: '李红' });
    expect(r.status).toBe(401);
    expect(r.json.ok).toBe(false);
    expect(r.json.error?.message).toMatch(chinese);
    expect(r.json.error?.message).toContain('启动时显示的完整地址');
    expect((await callOverHttp(anonymous(), 'meta.methods', {})).status).toBe(401);
    // A guessed cookie, or the secret of another start, is no better.
    const guessed = await callOverHttp(
      { port: host.port, cookie: `${host.cookie.split('=')[0]}=guess` },
      'members.create',
      { name: '李红' },
    );
    expect(guessed.status).toBe(401);
    expect(memberCount()).toBe(0);
  });

  it('refuses the event stream and export downloads without the cookie', async () => {
    const events = await request({ port: host.port, path: '/api/events' });
    expect(events.status).toBe(401);
    expect(events.body).toMatch(chinese);
    fs.mkdirSync(`${file}.exports/2025`, { recursive: true });
    fs.writeFileSync(`${file}.exports/2025/2025年度台账.xlsx`, 'PK-LEDGER');
    const download = `/exports/2025/${encodeURIComponent('2025年度台账.xlsx')}`;
    const refused = await request({ port: host.port, path: download });
    expect(refused.status).toBe(401);
    expect(refused.body).not.toContain('PK-LEDGER');
    const allowed = await request({ port: host.port, path: download, cookie: host.cookie });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toBe('PK-LEDGER');
  });

  it('exchanges the secret in the URL for an HttpOnly SameSite=Strict cookie and redirects to the clean URL', async () => {
    const wrong = await request({ port: host.port, path: '/?k=not-the-secret' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();

    const r = await request({ port: host.port, path: `/?k=${secretOf(host)}` });
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    const [cookie] = r.headers['set-cookie'] ?? [];
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\//);
    const pair = cookie.split(';')[0];
    expect(pair).toBe(host.cookie);
    expect(pair).not.toContain(secretOf(host)); // the URL's secret is not the cookie's: neither reveals the other

    const created = await callOverHttp({ port: host.port, cookie: pair }, 'members.create', { name: '李红' });
    expect(created.json.ok).toBe(true);
    expect(memberCount()).toBe(1);
    const page = await request({ port: host.port, path: '/', cookie: pair });
    expect(page.status).toBe(200);
    expect(page.body).toContain('政协联络组履职档案');
  });

  it('serves the built assets to anyone (they hold no data) but not the page itself', async () => {
    expect((await request({ port: host.port, path: '/assets/app.js' })).status).toBe(200);
    const page = await request({ port: host.port, path: '/' });
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('启动时显示的完整地址');
    expect(page.body).not.toContain(secretOf(host));
  });

  it('keeps the Host and Origin guards in front of the secret', async () => {
    const foreign = await callOverHttp(
      { port: host.port, cookie: host.cookie },
      'members.create',
      { name: '李红' },
      { Origin: 'http://evil.example' },
    );
    expect(foreign.status).toBe(403);
    const rebound = await request({
      port: host.port,
      path: `/?k=${secretOf(host)}`,
      headers: { Host: `evil.example:${host.port}` },
    });
    expect(rebound.status).toBe(403);
    expect(rebound.headers['set-cookie']).toBeUndefined();
    expect(memberCount()).toBe(0);
  });

  it('sends the security headers with the event stream', async () => {
    const stream = await new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
      const socket = net.connect(host.port, '127.0.0.1', () =>
        socket.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nCookie: ${host.cookie}\r\n\r\n`),
      );
      let head = '';
      socket.on('data', (d) => {
        head += String(d);
        if (!head.includes('\r\n\r\n')) return;
        const lines = head.split('\r\n\r\n')[0].split('\r\n');
        const headers = Object.fromEntries(
          lines.slice(1).map((l) => [l.split(':')[0].toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
        );
        socket.destroy();
        resolve({ status: Number(lines[0].split(' ')[1]), headers });
      });
      socket.on('error', reject);
    });
    expect(stream.status).toBe(200);
    expect(stream.headers).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    });
  });
});

describe('browser-mode host: request bodies', () => {
  it('refuses a body that is not valid UTF-8 with 400 in Chinese, writing nothing', async () => {
    const json = Buffer.concat([
      Buffer.from('{"method":"members.create","input":{"name":"'),
      Buffer.from([0xe5, 0xbc, 0xff, 0xfe]),
      Buffer.from('"}}'),
    ]);
    const r = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const socket = net.connect(host.port, '127.0.0.1', () => {
        socket.write(
          `POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nCookie: ${host.cookie}\r\nContent-Type: application/json\r\nContent-Length: ${json.length}\r\nConnection: close\r\n\r\n`,
        );
        socket.write(json);
      });
      let reply = '';
      socket.on('data', (d) => (reply += String(d)));
      socket.on('end', () => resolve({ status: Number(reply.split(' ')[1]), body: reply.split('\r\n\r\n')[1] ?? '' }));
      socket.on('error', reject);
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toContain('UTF-8');
    expect(JSON.parse(r.body).error.message).toMatch(chinese);
    expect(memberCount()).toBe(0);
  });

  it('gives up on a body that dribbles in slower than the limit allows, answering 408 in Chinese', async () => {
    const body = JSON.stringify({ method: 'members.create', input: { name: '慢慢来' } });
    const reply = await new Promise<string>((resolve, reject) => {
      let dribble: NodeJS.Timeout | undefined;
      const socket = net.connect(host.port, '127.0.0.1', () => {
        socket.write(
          `POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nCookie: ${host.cookie}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body) + 1000}\r\n\r\n`,
        );
        // One byte at a time, for as long as the host keeps listening: the host must end it, not we.
        let i = 0;
        dribble = setInterval(() => socket.write(i < body.length ? body[i++] : ' '), 20);
      });
      let text = '';
      socket.on('data', (d) => (text += String(d)));
      socket.on('close', () => {
        clearInterval(dribble);
        resolve(text);
      });
      socket.on('error', (e: NodeJS.ErrnoException) =>
        e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e),
      );
    });
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    expect(reply).toContain('提交的内容传送太慢');
    expect(memberCount()).toBe(0);
  });
});
