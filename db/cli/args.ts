import { parseArgs } from 'node:util';

export const commands = ['init', 'check', 'call', 'batch', 'demo', 'compile', 'help'] as const;
export type Command = (typeof commands)[number];

export interface CliArgs {
  command: Command;
  /** Absent only for `help`. */
  file: string;
  year?: number;
  seed?: number;
  force: boolean;
  /** For `call`: the method name and its JSON input. */
  method?: string;
  json?: string;
  /** For `compile`: phone and ID numbers shown as 138****5678 (off with --no-mask). */
  maskPersonal?: boolean;
  /** For `compile`: also print the volume to PDF (off with --no-pdf). */
  pdf?: boolean;
}

export type Parsed = { ok: true; args: CliArgs } | { ok: false; message: string };

const options = {
  file: { type: 'string' },
  year: { type: 'string' },
  seed: { type: 'string' },
  force: { type: 'boolean' },
  'no-mask': { type: 'boolean' },
  'no-pdf': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command accepts besides --help; anything else is a usage error. */
const accepted: Record<Command, (keyof typeof options)[]> = {
  init: ['file'],
  check: ['file'],
  call: ['file'],
  batch: ['file'],
  demo: ['file', 'year', 'seed', 'force'],
  compile: ['file', 'year', 'no-mask', 'no-pdf'],
  help: [],
};

const isCommand = (s: string): s is Command => (commands as readonly string[]).includes(s);

/** node:util reports in English; the clerk reads Chinese. */
function parseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const name = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项：${name}`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return `选项 ${name.split(' ')[0]} 的写法不对（需要一个值时请写成 --file 路径）`;
  return `命令行参数有误：${err.message ?? String(e)}`;
}

function wholeNumber(value: string, label: string, min: number, max: number): number | string {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) return `${label}应为 ${min}–${max} 之间的整数，收到的是“${value}”`;
  return n;
}

export function parseCliArgs(argv: string[]): Parsed {
  let values: { [K in keyof typeof options]?: string | boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true }));
  } catch (e) {
    return { ok: false, message: parseError(e) };
  }
  const [first, ...rest] = positionals;
  if (first === undefined || values.help) return { ok: true, args: { command: 'help', file: '', force: false } };
  if (!isCommand(first)) return { ok: false, message: `未知的命令：${first}（可用的命令：${commands.join('、')}）` };
  const command = first;
  if (command === 'help') return { ok: true, args: { command, file: '', force: false } };

  const given = (Object.keys(values) as (keyof typeof options)[]).filter((k) => values[k] !== undefined);
  const stray = given.find((k) => !accepted[command].includes(k));
  if (stray) return { ok: false, message: `${command} 命令不接受选项 --${stray}` };

  const file = values.file as string | undefined;
  if (!file || !file.trim()) return { ok: false, message: `${command} 命令需要 --file 档案文件路径` };

  const args: CliArgs = { command, file, force: values.force === true };
  if (command === 'call') {
    if (rest.length < 1)
      return { ok: false, message: 'call 命令需要方法名，例如：call --file 路径 members.list \'{"limit":5}\'' };
    if (rest.length > 2)
      return { ok: false, message: 'call 命令只接受一个方法名和一段 JSON；JSON 请用单引号整体括起来' };
    [args.method, args.json = '{}'] = rest;
    return { ok: true, args };
  }
  if (rest.length > 0) return { ok: false, message: `${command} 命令不接受多余的参数：${rest.join(' ')}` };
  if (values.year !== undefined) {
    const y = wholeNumber(values.year as string, '年度', 1949, 2200);
    if (typeof y === 'string') return { ok: false, message: y };
    args.year = y;
  }
  if (values.seed !== undefined) {
    const s = wholeNumber(values.seed as string, '随机种子', 0, 2 ** 32 - 1);
    if (typeof s === 'string') return { ok: false, message: s };
    args.seed = s;
  }
  if (command === 'compile') {
    if (args.year === undefined) return { ok: false, message: 'compile 命令需要 --year 年度，例如 --year 2025' };
    args.maskPersonal = values['no-mask'] !== true;
    args.pdf = values['no-pdf'] !== true;
  }
  return { ok: true, args };
}
