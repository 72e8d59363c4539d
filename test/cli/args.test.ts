import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../db/cli/args';

const fail = (argv: string[]) => {
  const r = parseCliArgs(argv);
  if (r.ok) throw new Error(`expected a usage error for ${argv.join(' ')}`);
  return r.message;
};

describe('CLI arguments', () => {
  it('reads each command with its options', () => {
    expect(parseCliArgs(['init', '--file', 'a.sqlite'])).toEqual({
      ok: true,
      args: { command: 'init', file: 'a.sqlite', force: false },
    });
    expect(parseCliArgs(['demo', '--file=a.sqlite', '--year', '2025', '--seed', '7', '--force'])).toEqual({
      ok: true,
      args: { command: 'demo', file: 'a.sqlite', year: 2025, seed: 7, force: true },
    });
    expect(parseCliArgs(['call', '--file', 'a.sqlite', 'members.list', '{"limit":1}'])).toMatchObject({
      ok: true,
      args: { command: 'call', method: 'members.list', json: '{"limit":1}' },
    });
  });

  it('reads compile with masking and PDF on unless turned off', () => {
    expect(parseCliArgs(['compile', '--file', 'a', '--year', '2025'])).toEqual({
      ok: true,
      args: { command: 'compile', file: 'a', year: 2025, force: false, maskPersonal: true, pdf: true },
    });
    expect(parseCliArgs(['compile', '--file', 'a', '--year', '2025', '--no-mask', '--no-pdf'])).toMatchObject({
      ok: true,
      args: { maskPersonal: false, pdf: false },
    });
  });

  it('calls with {} when no JSON is given, and shows help with no command', () => {
    expect(parseCliArgs(['call', '--file', 'a', 'group.get'])).toMatchObject({ ok: true, args: { json: '{}' } });
    expect(parseCliArgs([])).toMatchObject({ ok: true, args: { command: 'help' } });
    expect(parseCliArgs(['demo', '-h'])).toMatchObject({ ok: true, args: { command: 'help' } });
  });

  it('refuses what it cannot run, in Chinese', () => {
    expect(fail(['frobnicate'])).toContain('未知的命令：frobnicate');
    expect(fail(['check'])).toContain('需要 --file');
    expect(fail(['init', '--file', 'a', '--bogus'])).toContain('不认识的选项：--bogus');
    expect(fail(['init', '--file', 'a', '--year', '2026'])).toContain('init 命令不接受选项 --year');
    expect(fail(['demo', '--file', 'a', '--year', '20x6'])).toContain('年度应为 1949–2200 之间的整数');
    expect(fail(['demo', '--file', 'a', '--seed', '-1'])).toMatch(/随机种子|选项/);
    expect(fail(['call', '--file', 'a'])).toContain('需要方法名');
    expect(fail(['call', '--file', 'a', 'm', '{}', 'extra'])).toContain('只接受一个方法名和一段 JSON');
    expect(fail(['check', '--file', 'a', 'extra'])).toContain('不接受多余的参数');
    expect(fail(['compile', '--file', 'a'])).toContain('compile 命令需要 --year 年度');
    expect(fail(['demo', '--file', 'a', '--no-pdf'])).toContain('demo 命令不接受选项 --no-pdf');
  });
});
