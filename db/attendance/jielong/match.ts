import { pinyin } from 'pinyin-pro';
import type { JielongCandidate } from '../../../shared/contract/jielong';
import { nameInitials } from '../../search/initials';

/** A member of the roster as matching needs them. */
export interface RosterName {
  id: number;
  name: string;
  sector: string | null;
}

export interface NameMatch {
  match: 'exact' | 'candidates' | 'none';
  memberId?: number;
  candidates: JielongCandidate[];
}

/** The most candidates offered for one name. */
const MAX_CANDIDATES = 5;

const key = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');
/** The full reading without tones, surname read as a surname (单 → shan). */
const reading = (name: string) =>
  pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' }).join('').toLowerCase();

function oneCharApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length || x.length < 2) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff++;
  return diff === 1;
}

/**
 * Matches names to the roster: an exact name (of one member only) is a match; otherwise the
 * members the name may mean are offered, ranked, and the clerk chooses: same reading (同音),
 * one character apart (一字之差), same initials (首字母相同). Never chosen silently.
 */
export function nameMatcher(roster: RosterName[]) {
  const byName = new Map<string, RosterName[]>();
  for (const m of roster) {
    const k = key(m.name);
    byName.set(k, [...(byName.get(k) ?? []), m]);
  }
  const readings = new Map(roster.map((m) => [m.id, reading(m.name)]));
  const initials = new Map(roster.map((m) => [m.id, nameInitials(m.name)]));

  return (written: string): NameMatch => {
    const k = key(written);
    const same = byName.get(k) ?? [];
    if (same.length === 1) return { match: 'exact', memberId: same[0].id, candidates: [] };
    const r = reading(k);
    const ini = nameInitials(k);
    const scored: (JielongCandidate & { score: number })[] = [];
    for (const m of roster) {
      const why: string[] = [];
      let score = 0;
      if (key(m.name) === k) {
        why.push('同名');
        score += 8;
      }
      if (r && readings.get(m.id) === r && key(m.name) !== k) {
        why.push('同音');
        score += 4;
      }
      if (oneCharApart(k, key(m.name))) {
        why.push('一字之差');
        score += 2;
      }
      if (ini && ini !== '-' && initials.get(m.id) === ini && [...k].length === [...m.name].length && score === 0) {
        why.push('首字母相同');
        score += 1;
      }
      if (score > 0) scored.push({ memberId: m.id, name: m.name, sector: m.sector, why: why.join('、'), score });
    }
    scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-Hans-CN'));
    const candidates = scored.slice(0, MAX_CANDIDATES).map(({ score: _score, ...c }) => c);
    return { match: candidates.length ? 'candidates' : 'none', candidates };
  };
}
