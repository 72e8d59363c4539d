import { isSectionKey, type SectionKey } from './sections';

/** Where the app opens: the year at a glance. */
export const HOME: SectionKey = 'overview';

/** The sections whose records open in a drawer of their own, so each record has an address. */
export const recordSections = [
  'members',
  'activities',
  'plans',
  'proposals',
  'opinionReports',
  'deeds',
  'documents',
] as const satisfies readonly SectionKey[];

export type RecordSection = (typeof recordSections)[number];

const hasRecords = (s: SectionKey): s is RecordSection => (recordSections as readonly string[]).includes(s);

/** A place in the app: a section, and the record open in it (null: none). */
export interface Route {
  section: SectionKey;
  record: number | null;
}

/**
 * `#/members` → the member list; `#/members/12` → member 12 open in it. An unknown section is the
 * home section; a record part that is no record id (or in a section without records) is dropped.
 */
export function routeFromHash(hash: string): Route {
  const [key = '', id = ''] = hash.replace(/^#?\/?/, '').split('/');
  if (!isSectionKey(key)) return { section: HOME, record: null };
  const record = /^[1-9]\d{0,15}$/.test(id) && hasRecords(key) ? Number(id) : null;
  return { section: key, record: record !== null && Number.isSafeInteger(record) ? record : null };
}

/** The hash of a route, without its `#`: `/members/12`. */
export const routeHash = (r: Route) => (r.record === null ? `/${r.section}` : `/${r.section}/${r.record}`);

export const sameRoute = (a: Route, b: Route) => a.section === b.section && a.record === b.record;
