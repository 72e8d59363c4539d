import type { Archive } from '../../db/archive';
import { createDispatcher } from '../../db/dispatcher';
import { measure, type MeasureOptions } from '../measure';
import type { ArchiveKind, CaseResult, Log } from '../results';
import { queryCases } from './queryCases';

/** Every read the UI issues, through the contract and raw, on one open archive. */
export async function runQueries(
  archive: Archive,
  kind: ArchiveKind,
  o: MeasureOptions,
  log: Log,
): Promise<CaseResult[]> {
  const dispatch = createDispatcher(archive);
  const out: CaseResult[] = [];
  for (const c of queryCases(archive.db)) {
    const base: CaseResult = { suite: 'queries', archive: kind, area: c.area, name: c.name };
    const first = await dispatch(c.method, c.input);
    if (!first.ok) {
      out.push({ ...base, error: `${first.error.code} ${first.error.message}` });
      continue;
    }
    const timing = await measure(() => dispatch(c.method, c.input), o);
    const raw = await measure(c.raw, o);
    const items =
      (first.value as { items?: unknown[] }).items ?? (Array.isArray(first.value) ? first.value : undefined);
    out.push({
      ...base,
      timing,
      raw,
      ratio: timing.p50 / raw.p50,
      bytes: Buffer.byteLength(JSON.stringify(first.value)),
      note: items ? `${items.length} rows` : undefined,
    });
    log(`  ${kind} ${c.name}: p95 ${timing.p95.toFixed(2)} ms (raw ${raw.p95.toFixed(2)} ms)`);
  }
  return out;
}
