import fc from 'fast-check';
import { hostileValue } from './hostileValues';

/** The part of JSON Schema (draft 2020-12) that zod writes for the contract's inputs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

/** Values a real clerk's input is made of, so that plausible inputs get past the schema into handlers. */
const plausibleText = fc.constantFrom(
  '张伟',
  '学习全会精神',
  '2026-05-14',
  '2026-02-28',
  '1970-05',
  '09:30',
  '13800138000',
  '0571-87654321',
  '11010519491231002X',
  'research',
  'image/png',
  '签到表.png',
  'daily-20260101-000000.sqlite',
  'aGVsbG8=',
  '经济界',
);
/** Ids the seeded archive has, ids it certainly has not, and the extremes. */
const plausibleId = fc.oneof(
  fc.integer({ min: 1, max: 12 }),
  fc.constantFrom(999_999, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER),
);

/** Whether hostile values replace right ones here and there, or the shape is kept throughout. */
interface Mode {
  hostile: boolean;
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const min = s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1e6);
  const max = s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : (s.maximum ?? 1e6);
  const lo = Math.max(min, -Number.MAX_SAFE_INTEGER);
  const hi = Math.min(max, Number.MAX_SAFE_INTEGER);
  const inRange = integer
    ? fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31 - 1) })
    : fc.double({ min: lo, max: hi, noNaN: true });
  const edges = fc.constantFrom(lo, hi, lo - 1, hi + 1);
  // Ids are positive integers up to MAX_SAFE_INTEGER in the schema: aim at existing and missing rows.
  const looksLikeId = integer && s.exclusiveMinimum === 0;
  return looksLikeId
    ? fc.oneof({ weight: 4, arbitrary: plausibleId }, edges, inRange)
    : fc.oneof(inRange, inRange, edges);
}

function stringArb(s: JsonSchema): fc.Arbitrary<unknown> {
  const maxLength = s.maxLength ?? 200;
  const free = fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 60) });
  const atLimit = fc.constantFrom('政'.repeat(maxLength), '政'.repeat(maxLength + 1));
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    return fc.oneof({ weight: 3, arbitrary: fc.stringMatching(re) }, plausibleText, free);
  }
  return fc.oneof({ weight: 3, arbitrary: plausibleText }, { weight: 3, arbitrary: free }, atLimit);
}

function objectArb(s: JsonSchema, mode: Mode): fc.Arbitrary<unknown> {
  const props = s.properties ?? {};
  const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryFor(v, mode)]));
  const required = (s.required ?? []).filter((k) => k in shape);
  const record = fc.record(shape, { requiredKeys: required });
  const extraKey = fc
    .tuple(record, fc.constantFrom('extra', '__proto__', 'constructor', 'id', '多余'), hostileValue)
    .map(([o, k, v]) =>
      Object.defineProperty({ ...(o as object) }, k, {
        value: v,
        enumerable: true,
        configurable: true,
        writable: true,
      }),
    );
  const missingRequired = required.length
    ? fc.tuple(record, fc.constantFrom(...required)).map(([o, k]) => {
        const copy = { ...(o as Record<string, unknown>) };
        delete copy[k];
        return copy;
      })
    : record;
  if (!mode.hostile) return record;
  return fc.oneof(
    { weight: 6, arbitrary: record },
    { weight: 1, arbitrary: extraKey },
    { weight: 1, arbitrary: missingRequired },
  );
}

function arrayArb(s: JsonSchema, mode: Mode): fc.Arbitrary<unknown> {
  const item = s.items ? arbitraryFor(s.items, mode) : hostileValue;
  const maxLength = Math.min(s.maxItems ?? 8, 8);
  const normal = fc.array(item, { minLength: Math.min(s.minItems ?? 0, maxLength), maxLength });
  const duplicated = fc.tuple(item, fc.integer({ min: 2, max: 3 })).map(([v, n]) => Array.from({ length: n }, () => v));
  const tooMany =
    s.maxItems !== undefined && s.maxItems <= 1000
      ? [fc.constant(null).map(() => Array.from({ length: s.maxItems! + 1 }, (_, i) => i + 1))]
      : [];
  if (!mode.hostile) return normal;
  return fc.oneof({ weight: 6, arbitrary: normal }, duplicated, ...tooMany);
}

function typedArb(s: JsonSchema, type: string, mode: Mode): fc.Arbitrary<unknown> {
  switch (type) {
    case 'object':
      return objectArb(s, mode);
    case 'array':
      return arrayArb(s, mode);
    case 'string':
      return stringArb(s);
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return hostileValue;
  }
}

/**
 * Inputs shaped by a method's JSON Schema. Kept to the shape (`hostile: false`) they mostly pass
 * the schema and reach the handler with unusual but allowed values: missing ids, boundary numbers,
 * text at its length limit. With `hostile: true` any node may instead hold a hostile value, an
 * object may gain a key or lose a required one, an array may repeat an item or run too long.
 */
export function arbitraryFor(s: JsonSchema, mode: Mode): fc.Arbitrary<unknown> {
  let shaped: fc.Arbitrary<unknown>;
  if (s.const !== undefined) shaped = fc.constant(s.const);
  else if (s.enum) shaped = fc.constantFrom(...s.enum);
  else if (s.anyOf || s.oneOf) shaped = fc.oneof(...(s.anyOf ?? s.oneOf ?? []).map((x) => arbitraryFor(x, mode)));
  else if (s.allOf?.length) shaped = arbitraryFor(s.allOf[0], mode);
  else if (Array.isArray(s.type)) shaped = fc.oneof(...s.type.map((t) => typedArb(s, t, mode)));
  else if (s.type) shaped = typedArb(s, s.type, mode);
  else shaped = hostileValue;
  // Rare per node, since an object of twenty fields should still often arrive with one bad field only.
  return mode.hostile ? fc.oneof({ weight: 12, arbitrary: shaped }, { weight: 1, arbitrary: hostileValue }) : shaped;
}
