import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callCli, cliArchivePerFile } from './runCli';

const { dir, file } = cliArchivePerFile('cli-call-', 'a.sqlite', ['init']);

describe('archive call', () => {
  it('prints the value envelope and exits 0; the write is in the file for the next call', () => {
    const created = callCli(file, 'members.create', '{"name":"张伟","sector":"经济界"}');
    expect(created.status).toBe(0);
    expect(created.envelope).toMatchObject({ ok: true, value: { name: '张伟', sector: '经济界' } });

    const list = callCli(file, 'members.list');
    expect(list.envelope).toMatchObject({ ok: true, value: { total: 1, items: [{ name: '张伟' }] } });
  });

  it('prints the error envelope and exits 1 when the input is invalid', () => {
    const r = callCli(file, 'members.create', '{"name":"  "}');
    expect(r.status).toBe(1);
    expect(r.envelope.ok).toBe(false);
    expect(r.envelope.error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(r.envelope.error?.message).toContain('请填写姓名');
  });

  it('answers an unknown method with an error envelope', () => {
    const r = callCli(file, 'members.explode', '{}');
    expect(r.status).toBe(1);
    expect(r.envelope.error).toMatchObject({ code: 'UNKNOWN_METHOD', message: '未知的方法：members.explode' });
  });

  it('says in Chinese that JSON is malformed, and touches nothing', () => {
    const missing = path.join(dir, 'never.sqlite');
    const r = callCli(missing, 'members.create', "{name:'张伟'}");
    expect(r.status).toBe(1);
    expect(r.envelope.error?.code).toBe('INVALID_INPUT');
    expect(r.envelope.error?.message).toContain('输入不是有效的 JSON');
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('does not create an archive for a mistyped path', () => {
    const missing = path.join(dir, 'typo.sqlite');
    const r = callCli(missing, 'members.list');
    expect(r.status).toBe(1);
    expect(r.envelope.error?.message).toContain('档案文件不存在');
    expect(fs.existsSync(missing)).toBe(false);
  });
});
