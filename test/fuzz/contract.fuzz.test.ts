import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../db/dispatcher';
import { api, isMethodName } from '../../shared/api';
import type { MethodInfo } from '../../shared/contract/meta';
import type { ErrorCode, Result } from '../../shared/result';
import { testArchive } from '../helpers/archive';
import { archiveDigest, tableShapes } from '../helpers/digest';
import { seedEveryTable } from '../fixtures/seedEveryTable';
import { arbitraryFor, type JsonSchema } from './fromSchema';
import { hostileValue } from './hostileValues';

/**
 * Hostile input at the contract: every method meta.methods lists is called with inputs built from
 * its own JSON Schema (valid-looking, with hostile values spliced in) and with plain garbage. The
 * dispatcher must always answer with an envelope; a refusal must carry a code and a Chinese message
 * and leave every table exactly as it was.
 */
const RUNS_PER_METHOD = 50;

const CODES: ErrorCode[] = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'CONSTRAINT',
  'SCHEMA_TOO_NEW',
  'ARCHIVE_LOCKED',
  'ARCHIVE_CORRUPT',
  'IO_ERROR',
  'INTERNAL',
];
const chinese = /[\u4e00-\u9fff]/;

const t = await testArchive();
const dispatch = createDispatcher(t.archive);
await seedEveryTable(dispatch);
const listed = await dispatch('meta.methods', {});
if (!listed.ok) throw new Error(`meta.methods: ${listed.error.message}`);
const methods = listed.value as MethodInfo[];

/** The tables do not change shape during the run; rows are what is compared. */
const shapes = tableShapes(t.archive.db);
const digest = () => archiveDigest(t.archive.db, shapes);
/** The digest after the last call, which is the next call's "before": one digest per call, not two. */
let current = digest();

const tally = { methods: 0, calls: 0, refused: 0, accepted: 0 };
const refusedBy: Record<string, number> = {};
/** Schema-valid inputs only the database refused: a rule the contract or the handler does not check yet. */
const caughtByDatabase: string[] = [];
afterAll(() => {
  console.log(
    `契约模糊测试：${tally.methods} 个方法 × ${RUNS_PER_METHOD} 次 = ${tally.calls} 次调用` +
      `（拒绝 ${tally.refused}，接受 ${tally.accepted}）；拒绝原因 ${JSON.stringify(refusedBy)}`,
  );
  for (const c of caughtByDatabase) console.log(`仅被数据库约束拦下：${c}`);
  t.close();
});

const pathLike = /dir|path|file|folder/i;
function hasPathField(s: JsonSchema): boolean {
  const props = Object.entries(s.properties ?? {});
  return (
    props.some(([k, v]) => pathLike.test(k) || hasPathField(v)) ||
    [...(s.anyOf ?? []), ...(s.oneOf ?? [])].some(hasPathField)
  );
}

/**
 * Why a method is only ever called with input its schema refuses, or null when anything goes.
 * Methods that write, replace or read files outside the archive would scatter files over the test
 * machine (or swap the archive mid-run) when a random input happens to be valid.
 */
function onlyInvalidBecause(m: MethodInfo): string | null {
  if (/^(export|exports|import|imports|package|packages)\./.test(m.method)) return '读写档案以外的文件';
  if (/^backups\.(?!(list|getSettings|verify)$)/.test(m.method)) return '写出备份文件或替换档案文件';
  if (hasPathField(m.input as JsonSchema)) return '输入含文件夹或路径';
  return null;
}

function jsonRoundTrip(v: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(v)) as unknown;
  } catch {
    return v;
  }
}

/** The shapes an input arrives in: through IPC as is, or through the HTTP host as JSON. */
function inputsFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc
    .oneof(
      { weight: 4, arbitrary: arbitraryFor(schema, { hostile: false }) },
      { weight: 4, arbitrary: arbitraryFor(schema, { hostile: true }) },
      { weight: 2, arbitrary: hostileValue },
    )
    .chain((v) => fc.constantFrom(v, jsonRoundTrip(v)));
}

const summarise = (v: unknown) => {
  const s = (() => {
    try {
      return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));
    } catch {
      return String(v);
    }
  })();
  return s && s.length > 300 ? `${s.slice(0, 300)}…（共 ${s.length} 字符）` : s;
};

/** One call with every assertion the contract promises; throws on a breach. */
async function checkedCall(method: string, input: unknown): Promise<Result<unknown>> {
  const before = current;
  let r: Result<unknown>;
  try {
    r = await dispatch(method, input);
  } catch (e) {
    current = digest();
    throw new Error(`${method} 的调用抛出了异常而不是返回结果：${String(e)}；输入 ${summarise(input)}`);
  }
  tally.calls++;
  current = digest();
  expect(r, `${method}：返回的不是结果信封`).toMatchObject({ ok: expect.any(Boolean) });
  expect(() => JSON.stringify(r), `${method}：结果无法经 JSON 传回界面`).not.toThrow();
  expect(({} as Record<string, unknown>).polluted, `${method}：Object.prototype 被污染`).toBeUndefined();
  if (r.ok) {
    tally.accepted++;
    expect(r).toHaveProperty('value');
    return r;
  }
  tally.refused++;
  refusedBy[r.error.code] = (refusedBy[r.error.code] ?? 0) + 1;
  if (r.error.code === 'CONSTRAINT') caughtByDatabase.push(`${method} ${summarise(input)} → ${r.error.message}`);
  const where = `${method}（输入 ${summarise(input)}，结果 ${r.error.code} ${r.error.message.slice(0, 200)}）`;
  expect(CODES, `未知的错误代码：${where}`).toContain(r.error.code);
  // INTERNAL means a handler crashed on input its schema let through: a bug, not a refusal.
  expect(r.error.code, `处理程序内部错误：${where}`).not.toBe('INTERNAL');
  expect(r.error.message, `错误信息不是中文：${where}`).toMatch(chinese);
  expect(current, `拒绝后档案被改动：${where}`).toBe(before);
  return r;
}

describe('every contract method under hostile input', () => {
  it('meta.methods lists every method of the contract, each with a JSON Schema', () => {
    expect(methods.map((m) => m.method).sort()).toEqual(Object.keys(api).sort());
    for (const m of methods) expect(m.input, m.method).toMatchObject({ type: expect.any(String) });
  });

  for (const m of methods) {
    const reason = onlyInvalidBecause(m);
    const name = reason ? `${m.method}（只用无效输入：${reason}）` : m.method;
    it(name, async () => {
      if (reason) console.log(`${m.method}：只用无效输入调用，因为它${reason}`);
      tally.methods++;
      const schema = api[m.method as keyof typeof api].input;
      await fc.assert(
        fc.asyncProperty(inputsFor(m.input as JsonSchema), async (input) => {
          if (reason) fc.pre(!schema.safeParse(input).success);
          await checkedCall(m.method, input);
        }),
        { numRuns: RUNS_PER_METHOD, maxSkipsPerRun: 1000 },
      );
    });
  }

  it('refuses unknown method names, including ones that live on Object.prototype', async () => {
    const names = fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'members.list ',
        'MEMBERS.LIST',
        'members',
        '',
      ),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.constant('方法'.repeat(50_000)),
    );
    await fc.assert(
      fc.asyncProperty(names, hostileValue, async (method, input) => {
        fc.pre(!isMethodName(method));
        const r = await checkedCall(method, input);
        expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
        if (!r.ok) expect(r.error.message.length).toBeLessThan(200);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves an archive that passes the integrity and foreign-key checks', () => {
    expect(t.archive.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(t.archive.db.pragma('foreign_key_check')).toEqual([]);
  });
});
