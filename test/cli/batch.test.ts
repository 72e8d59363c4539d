import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callCli, cliArchivePerFile, runCli, runCliInput } from './runCli';

const { dir, file } = cliArchivePerFile('cli-batch-', 'a.sqlite', ['init'], 120_000);

type Envelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
const lines = (...requests: unknown[]) =>
  requests.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
const envelopes = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Envelope);

/** Runs `archive batch` on the archive with the given input; its exit status and the envelopes it printed. */
const batch = (archive: string, input: string) => {
  const r = runCliInput(input, 'batch', '--file', archive);
  return { status: r.status, out: envelopes(r.stdout) };
};

describe('archive batch', () => {
  it('answers each line with one envelope in order, each line seeing the writes before it, and exits 0', () => {
    const { status, out } = batch(
      file,
      lines(
        { method: 'members.create', input: { name: '张伟', sector: '经济界' } },
        { method: 'members.create', input: { name: '李娜', sector: '教育界' } },
        { method: 'members.list' },
      ) + '\n',
    );
    expect(status).toBe(0);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ ok: true, value: { name: '张伟' } });
    expect(out[1]).toMatchObject({ ok: true, value: { name: '李娜' } });
    expect(out[2]).toMatchObject({ ok: true, value: { total: 2 } });
    // The writes are in the file for the next process.
    expect(callCli(file, 'members.list').envelope).toMatchObject({ ok: true, value: { total: 2 } });
  }, 120_000);

  it('gives a bad line its error envelope in Chinese, goes on with the rest and exits 1', () => {
    const { status, out } = batch(
      file,
      lines(
        'not json',
        '[1,2]',
        { input: {} },
        { method: 'members.list', extra: 1 },
        '',
        { method: 'members.explode', input: {} },
        { method: 'members.create', input: { name: '  ' } },
        { method: 'members.create', input: { name: '王芳', sector: '经济界' } },
      ),
    );
    expect(status).toBe(1);
    // Seven requests, the blank line skipped.
    expect(out).toHaveLength(7);
    expect(out[0].error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(out[0].error?.message).toContain('第 1 行不是有效的 JSON');
    expect(out[1].error?.message).toContain('第 2 行应为一个 JSON 对象');
    expect(out[2].error?.message).toContain('第 3 行缺少方法名');
    expect(out[3].error?.message).toContain('不认识的字段：extra');
    expect(out[4].error).toMatchObject({ code: 'UNKNOWN_METHOD' });
    expect(out[5].error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(out[5].error?.message).toContain('请填写姓名');
    expect(out[6]).toMatchObject({ ok: true, value: { name: '王芳' } });
    expect(callCli(file, 'members.list').envelope).toMatchObject({ value: { total: 3 } });
  }, 120_000);

  it('answers every line with the reason when the archive does not exist, and creates no file', () => {
    const missing = path.join(dir, 'missing.sqlite');
    const { status, out } = batch(missing, lines({ method: 'meta.info' }, { method: 'members.list' }));
    expect(status).toBe(1);
    expect(out).toHaveLength(2);
    for (const e of out) {
      expect(e.error).toMatchObject({ code: 'IO_ERROR' });
      expect(e.error?.message).toContain('档案文件不存在');
    }
    expect(fs.existsSync(missing)).toBe(false);
  }, 120_000);

  it('prints nothing and exits 0 for an empty input; refuses positional arguments', () => {
    const r = runCliInput('', 'batch', '--file', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const bad = runCli('batch', '--file', file, 'members.list');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('不接受多余的参数');
  }, 120_000);

  it('is described in help', () => {
    const r = runCli('help');
    expect(r.stdout).toContain('batch --file 路径');
    expect(r.stdout).toContain('任何一行失败时退出码为 1');
  }, 120_000);
});
