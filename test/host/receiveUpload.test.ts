import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneReceived, receivedFolder, receivedName } from '../../db/package/receivedFolder';
import { hostEach } from './hostEach';
import { callOverHttp, request } from './request';

const h = hostEach('receive-test-');

const upload = (name: string, body: string, headers: Record<string, string> = {}) =>
  request({
    ...h.host,
    path: `/api/receive?name=${encodeURIComponent(name)}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/zip', ...headers },
    body,
  });

describe('POST /api/receive: a package chosen in the browser', () => {
  it('keeps the bytes beside the archive and answers with the path package.verify takes', async () => {
    const reply = await upload('2025年度档案包.zip', 'PK-not-really');
    expect(reply.status).toBe(200);
    const r = JSON.parse(reply.body) as { ok: true; value: { file: string; name: string; size: number } };
    expect(r.value.name).toBe('2025年度档案包.zip');
    expect(r.value.size).toBe(13);
    expect(path.dirname(r.value.file)).toBe(receivedFolder(h.file));
    expect(fs.readFileSync(r.value.file, 'utf8')).toBe('PK-not-really');
    // The path goes on to the contract, which reports in Chinese why this is no package.
    const check = await callOverHttp(h.host, 'package.verify', { file: r.value.file });
    expect(check.json.ok).toBe(true);
    expect((check.json.value as { ok: boolean; problem: string }).problem).toMatch(/压缩包/);
  });

  it('takes only a zip body with a .zip name, from our own page', async () => {
    for (const reply of [await upload('a.zip', 'x', { 'Content-Type': 'text/plain' }), await upload('a.exe', 'x')]) {
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body).error.message).toMatch(/\.zip/);
    }
    const foreign = await upload('a.zip', 'x', { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(fs.existsSync(receivedFolder(h.file))).toBe(false);
  });

  it('names a received file safely and keeps only the newest few', () => {
    const now = new Date('2026-12-02T04:30:00Z');
    expect(receivedName('..\\..\\evil/../档案:包.zip', now)).toBe('20261202T043000-档案_包.zip');
    const folder = path.join(h.dir, 'kept');
    fs.mkdirSync(folder);
    for (let i = 1; i <= 7; i++) fs.writeFileSync(path.join(folder, `2026120${i}T000000-p.zip`), '');
    fs.writeFileSync(path.join(folder, 'x.zip.part'), '');
    pruneReceived(folder, 5);
    expect(fs.readdirSync(folder).sort()).toEqual([3, 4, 5, 6, 7].map((i) => `2026120${i}T000000-p.zip`));
  });
});
