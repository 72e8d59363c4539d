import fs from 'node:fs';
import type { ArchiveKind, GenerationResult } from '../results';
import { timeOnce } from '../measure';

/**
 * Bump an archive's entry when its generator changes what it writes, so archives of an older run
 * are made again (realistic 2: the photos are JPEGs, as a phone's are).
 */
const GENERATOR_VERSIONS: Record<ArchiveKind, number> = { realistic: 2, stress: 1 };

interface Marker {
  version: number;
  scale: unknown;
  seed: number;
  ms: number;
  counts: Record<string, number>;
}

const markerOf = (file: string) => `${file}.bench.json`;

/**
 * The archive for this scale and seed: made by `generate`, or reused from an earlier run when its
 * marker matches (the stress archive takes minutes to make). `fresh` always makes it anew.
 */
export async function ensureArchive(
  archive: ArchiveKind,
  file: string,
  scale: unknown,
  seed: number,
  fresh: boolean,
  generate: () => Promise<Record<string, number>>,
): Promise<GenerationResult> {
  const version = GENERATOR_VERSIONS[archive];
  const wanted = JSON.stringify({ version, scale, seed });
  if (!fresh && fs.existsSync(file) && fs.existsSync(markerOf(file))) {
    const m = JSON.parse(fs.readFileSync(markerOf(file), 'utf8')) as Marker;
    if (JSON.stringify({ version: m.version, scale: m.scale, seed: m.seed }) === wanted) {
      return { archive, file, ms: null, bytes: fs.statSync(file).size, counts: m.counts };
    }
  }
  fs.rmSync(markerOf(file), { force: true });
  const { ms, value: counts } = await timeOnce(generate);
  const marker: Marker = { version, scale, seed, ms, counts };
  fs.writeFileSync(markerOf(file), JSON.stringify(marker, null, 2));
  return { archive, file, ms, bytes: fs.statSync(file).size, counts };
}
