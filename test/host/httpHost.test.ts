import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/archive';
import { MAX_BODY_BYTES, startHost } from '../../db/host/httpHost';
import { countInFile } from '../helpers/readArchiveFile';
import { hostEach } from './hostEach';
import { callOverHttp, postCall, request } from './request';

const h = hostEach('host-test-', (dir, staticDir) => {
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  // Beside the web folder, where a traversal would land.
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'SECRET-CONTENT');
});

const memberCount = () => countInFile(h.file, 'SELECT count(*) AS n FROM members');

describe('browser-mode host: the contract over HTTP', () => {
  it('listens on 127.0.0.1 and answers meta.methods with every method of the contract', async () => {
    expect(h.host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.host.port}/\\?k=`));
    const r = await callOverHttp(h.host, 'meta.methods', {});
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json.ok).toBe(true);
    const names = (r.json.value as { method: string }[]).map((m) => m.method);
    expect(names).toEqual(expect.arrayContaining(['meta.methods', 'members.create', 'members.list']));
  });

  it('creates a member into the archive file, and refuses bad input in Chinese without writing', async () => {
    const created = await callOverHttp(h.host, 'members.create', { name: '王建国', phone: '13912345678' });
    expect(created.json).toMatchObject({ ok: true, value: { name: '王建国', nameInitials: 'wjg' } });
    expect(memberCount()).toBe(1);

    const bad = await callOverHttp(h.host, 'members.create', { name: ' ', phone: '12345' });
    expect(bad.json.ok).toBe(false);
    expect(bad.json.error?.code).toBe('INVALID_INPUT');
    expect(bad.json.error?.message).toContain('请填写姓名');
    expect(memberCount()).toBe(1);
  });

  it('answers malformed calls with a Chinese error envelope', async () => {
    const unknown = await callOverHttp(h.host, 'members.drop', {});
    expect(unknown.json.error?.code).toBe('UNKNOWN_METHOD');
    const notJson = await postCall(h.host, '{');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toContain('不是有效的 JSON');
    const noMethod = await postCall(h.host, '{}');
    expect(noMethod.status).toBe(400);
  });

  it('opens a server-sent-event stream for progress and still closes promptly while it is open', async () => {
    const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http
        .get(
          {
            host: '127.0.0.1',
            port: h.host.port,
            path: '/api/events',
            headers: { Host: `127.0.0.1:${h.host.port}`, Cookie: h.host.cookie },
          },
          resolve,
        )
        .on('error', reject);
    });
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const ended = new Promise((resolve) => stream.on('close', resolve));
    stream.resume();
    await h.host.close();
    await ended;
  });

  it('releases the archive file on close, so another program can open it', async () => {
    await h.host.close();
    const again = await openArchive(h.file);
    again.close();
  });
});

describe('browser-mode host: serving the renderer', () => {
  it('serves index.html at / and assets with their content types, the CSP and nosniff', async () => {
    const index = await request({ ...h.host, path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('政协联络组履职档案');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ ...h.host, path: '/assets/app.js?v=1' })).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await request({ ...h.host, path: '/assets/app.css' })).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
    expect((await request({ ...h.host, path: '/assets/missing.js' })).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('refuses the traversal %s', async (p) => {
    const r = await request({ ...h.host, path: p });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('SECRET-CONTENT');
  });
});

describe('browser-mode host: guards', () => {
  it('refuses a foreign Host header (DNS rebinding) before any method runs', async () => {
    const r = await callOverHttp(h.host, 'members.create', { name: '李红' }, { Host: `evil.example:${h.host.port}` });
    expect(r.status).toBe(403);
    expect(r.json.error?.message).toContain('拒绝访问');
    expect((await request({ ...h.host, path: '/', headers: { Host: `127.0.0.1:${h.host.port + 1}` } })).status).toBe(
      403,
    );
    expect(memberCount()).toBe(0);
  });

  it('refuses a foreign Origin and accepts its own', async () => {
    const foreign = await callOverHttp(h.host, 'members.create', { name: '李红' }, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(memberCount()).toBe(0);
    const own = await callOverHttp(
      h.host,
      'members.create',
      { name: '李红' },
      { Origin: `http://localhost:${h.host.port}` },
    );
    expect(own.json.ok).toBe(true);
  });

  it('refuses calls that are not JSON (a cross-site form can post text/plain without a preflight)', async () => {
    const r = await postCall(h.host, JSON.stringify({ method: 'members.create', input: { name: '李红' } }), {
      'Content-Type': 'text/plain',
    });
    expect(r.status).toBe(415);
    expect(memberCount()).toBe(0);
  });

  it.each(['PUT', 'DELETE', 'OPTIONS', 'PATCH'])('answers %s with 405', async (method) => {
    const r = await request({ ...h.host, path: '/api/call', method });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, POST');
  });

  it('refuses a body larger than the limit without reading it', async () => {
    const r = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: h.host.port,
        path: '/api/call',
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${h.host.port}`,
          Cookie: h.host.cookie,
          'Content-Type': 'application/json',
          'Content-Length': MAX_BODY_BYTES + 1,
        },
      });
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"method":"members.create","input":');
    });
    expect(r).toBe(413);
  });
});

describe('browser-mode host: loopback only', () => {
  it.each(['0.0.0.0', '::', '192.168.1.10', 'example.com'])(
    'refuses to listen on %s and leaves no file behind',
    async (name) => {
      const other = path.join(h.dir, 'other.sqlite');
      await expect(startHost({ file: other, port: 0, host: name, staticDir: h.staticDir })).rejects.toThrow(
        /只在本机地址 127\.0\.0\.1 上运行/,
      );
      expect(fs.existsSync(other)).toBe(false);
    },
  );

  it('cannot be reached on any of the machine’s other addresses', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of external) {
      const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
        const req = http.get({ host: address, port: h.host.port, path: '/', timeout: 2000 }, () => resolve(undefined));
        req.on('error', resolve);
        req.on('timeout', () => req.destroy());
      });
      expect(error?.code, address).toBe('ECONNREFUSED');
    }
  });
});
