import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentDisposition } from '../../db/host/exportDownloads';
import { startHost, type RunningHost } from '../../db/host/httpHost';
import { exportFileUrl } from '../../shared/exportFiles';
import { tempDir } from '../helpers/archive';
import { request } from './request';

let dir: string;
let file: string;
let folder: string;
let host: RunningHost;

const LEDGERS = '2025年度台账.xlsx';

beforeEach(async () => {
  dir = tempDir('host-exports-');
  file = path.join(dir, 'archive.sqlite');
  const staticDir = path.join(dir, 'web');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  host = await startHost({ file, port: 0, staticDir });
  folder = path.join(`${file}.exports`, '2025');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, LEDGERS), 'LEDGERS-BYTES');
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'NOT-AN-EXPORT');
  fs.writeFileSync(path.join(folder, '2025年度履职档案.pdf.part'), 'HALF-WRITTEN');
});

afterEach(async () => {
  await host?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) =>
  request({ port: host.port, cookie: host.cookie, path: p, headers });

describe('GET /exports/<year>/<name>: a finished export as a download', () => {
  it('sends the file as an attachment under its Chinese name', async () => {
    const r = await get(exportFileUrl(2025, LEDGERS), { 'Sec-Fetch-Site': 'same-origin' });
    expect(r.status).toBe(200);
    expect(r.body).toBe('LEDGERS-BYTES');
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.headers['content-length']).toBe(String('LEDGERS-BYTES'.length));
    expect(r.headers['content-disposition']).toBe(
      `attachment; filename="2025____.xlsx"; filename*=UTF-8''${encodeURIComponent(LEDGERS)}`,
    );
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('says in Chinese when the file is not (or no longer) there', async () => {
    const r = await get(exportFileUrl(2025, '2025年度履职档案.docx'));
    expect(r.status).toBe(404);
    expect(r.body).toContain('导出文件夹中没有“2025年度履职档案.docx”');
  });

  it('refuses anything outside the exports, or not an export', async () => {
    fs.writeFileSync(path.join(dir, 'secret.pdf'), 'SECRET');
    const refused = [
      '/exports/2025/..%2F..%2Farchive.sqlite',
      '/exports/2025/..%2F..%2Fsecret.pdf',
      '/exports/2025/%2E%2E',
      '/exports/2025/notes.txt',
      `/exports/2025/${encodeURIComponent('2025年度履职档案.pdf.part')}`,
      '/exports/2025/a%5Cb.pdf',
      '/exports/2025/x.pdf%00.txt',
      '/exports/2025/C%3A%5Csecret.pdf',
      '/exports/1800/x.pdf',
      '/exports/..%2F2025/x.pdf',
      '/exports/2025/%E0%A4%A.pdf',
      '/exports/2025/sub/x.pdf',
      '/exports/2025/.hidden.pdf',
    ];
    for (const p of refused) {
      const r = await get(p);
      expect(r.status, p).toBe(403);
      expect(r.body, p).not.toMatch(/SECRET|NOT-AN-EXPORT|HALF-WRITTEN|SQLite/);
    }
  });

  it('refuses a page of another site, and a foreign Host name', async () => {
    const url = exportFileUrl(2025, LEDGERS);
    expect((await get(url, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await get(url, { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    // Typed into the address bar, or a link the clerk saves.
    expect((await get(url, { 'Sec-Fetch-Site': 'none' })).status).toBe(200);
    expect((await get(url, { Host: `evil.example:${host.port}` })).status).toBe(403);
  });
});

describe('attachmentDisposition', () => {
  it('keeps the ASCII fallback free of quotes and escapes, and encodes the name after RFC 5987', () => {
    expect(attachmentDisposition('a"b\\c%d (1).pdf')).toBe(
      `attachment; filename="a_b_c_d (1).pdf"; filename*=UTF-8''a%22b%5Cc%25d%20%281%29.pdf`,
    );
  });
});
