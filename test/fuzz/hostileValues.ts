import fc from 'fast-check';

const huge = 'x'.repeat(100_000);
const hugeChinese = '政'.repeat(100_000);

/** Text a careless or malicious caller might send where a field expects text. */
export const hostileStrings = [
  '',
  ' ',
  '\t\n',
  huge,
  hugeChinese,
  '\u0000',
  'a\u0007b\u001b[31m',
  '\u202e倒序',
  '\ud800',
  "'; DROP TABLE members;--",
  '" OR 1=1 --',
  "张伟'); DELETE FROM audit_log; --",
  '%',
  '_',
  '*',
  'NEAR(',
  '"unterminated',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-5-1',
  '2026/05/14',
  '99999-01-01',
  '24:00',
  '9:30',
  '-1',
  '1e999',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '\\\\server\\share\\archive.sqlite',
  'x.sqlite',
  '13800138000',
  '11010519491231002X',
];

/** Numbers at and beyond every boundary, including those JSON cannot carry (IPC can). */
export const hostileNumbers = [
  0,
  -0,
  -1,
  1.5,
  0.1,
  -1e-300,
  1949,
  2200,
  2201,
  1948,
  13,
  1000,
  1001,
  2 ** 31,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  1e308,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
  999_999_999,
];

const protoPolluter = (): unknown =>
  JSON.parse('{"__proto__": {"polluted": "被污染"}, "constructor": {"prototype": {"polluted": 1}}}');

/** Any hostile value at all, for any place in an input. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 4, arbitrary: fc.constantFrom(...hostileNumbers) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      true,
      false,
      [],
      [null],
      [{}],
      {},
      { length: 1 },
      10n,
      -(2n ** 70n),
    ),
  },
  { weight: 1, arbitrary: fc.constant(null).map(protoPolluter) },
  { weight: 1, arbitrary: fc.constant(null).map(() => new Date('2026-02-30')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true }) },
);
