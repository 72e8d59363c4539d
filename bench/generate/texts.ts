import { activities } from '../../db/demo/activities';
import { deeds } from '../../db/demo/deeds';
import { givenNames, surnames } from '../../db/demo/names';
import { proposals } from '../../db/demo/proposals';
import { opinionReports } from '../../db/demo/opinionReports';
import { sectors } from '../../db/demo/sectors';
import type { Rng } from '../../db/demo/random';

/**
 * Word pools for the generated archives, taken from the demo's hand-written year so the text
 * (and therefore the search index) looks like a clerk's: real titles, real sentences.
 */
const sentences = (texts: readonly (string | undefined)[]) =>
  texts.flatMap((t) =>
    (t ?? '')
      .split(/(?<=[。；])/)
      .map((s) => s.trim())
      .filter((s) => s.length >= 8),
  );

export const pools = {
  activityTitles: activities.map((a) => a.title),
  activitySentences: sentences(activities.map((a) => a.content)),
  suggestionSentences: sentences(activities.map((a) => a.suggestionsText)),
  places: [...new Set(activities.map((a) => a.place))],
  proposalTitles: proposals.map((p) => p.title),
  proposalCategories: [...new Set(proposals.map((p) => p.category))],
  proposalSentences: sentences(proposals.map((p) => p.content)),
  mainUnits: [...new Set(proposals.flatMap((p) => (p.mainUnit ? [p.mainUnit] : [])))],
  reportTitles: opinionReports.map((r) => r.title),
  reportSentences: sentences(opinionReports.map((r) => r.content)),
  deedTitles: deeds.map((d) => d.title),
  deedSentences: sentences(deeds.map((d) => d.content)),
  sectors: sectors.map((s) => s.sector),
  workUnits: sectors.flatMap((s) => s.workUnits),
  parties: [...new Set(sectors.flatMap((s) => s.parties))],
};

/** `n` sentences of a pool run together, as a clerk's paragraph. */
export const paragraph = (rng: Rng, pool: readonly string[], min: number, max: number) =>
  Array.from({ length: rng.int(min, max) }, () => rng.pick(pool)).join('');

export function personName(rng: Rng): { name: string; female: boolean } {
  const female = rng.chance(0.3);
  return { name: rng.pick(surnames) + rng.pick(female ? givenNames.female : givenNames.male), female };
}

const placeSyllables = '青石桥东岭柳塘河西新望江枫林横山白沙龙泉金竹溪湖梅花安平'.split('');

/** Distinct township names (青石镇, 柳塘街道 …), as many as a district might merge. */
export function townshipNames(rng: Rng, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const stem = rng.pick(placeSyllables) + rng.pick(placeSyllables);
    out.add(`${stem}${rng.chance(0.8) ? '镇' : '街道'}`);
  }
  return [...out];
}

const pad = (n: number) => String(n).padStart(2, '0');
export const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;
/** A day of the year that exists in every month. */
export const randomDay = (rng: Rng, year: number) => day(year, rng.int(1, 12), rng.int(1, 28));
export const randomMobile = (rng: Rng) =>
  `1${rng.pick(['3', '5', '8'])}${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
