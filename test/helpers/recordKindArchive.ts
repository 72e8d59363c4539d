import { beforeEach, expect } from 'vitest';
import type { Input } from '../../shared/api';
import type { TestArchive } from './archive';
import { archiveEach } from './archiveEach';
import { recordQueries } from './archiveQueries';
import { yearFixture } from './yearFixture';

type MemberSpec = string | [string, Partial<Input<'members.create'>>];
type Binnable = 'proposals' | 'opinionReports' | 'deeds' | 'documents';

/**
 * The setting of one record kind's test file: a fresh archive for each test with `members`
 * entered first (their ids in `ids`, in order, refilled before each test), and the kind's
 * queries straight on the file (see recordQueries).
 */
export function recordKindArchive(entity: string, ...members: MemberSpec[]) {
  const t = archiveEach();
  const ids: number[] = [];
  if (members.length > 0)
    beforeEach(async () => {
      ids.splice(0, ids.length, ...(await yearFixture(t).members(...members)));
    });
  const queries = recordQueries(t, entity);
  return {
    t,
    ids,
    ...queries,
    /**
     * Creates `input` in `kind` and checks the search index finds `phrase` at the record's key
     * (offset × 10^10 + id) while it lives, not in the recycle bin, and again once restored.
     */
    async expectSearchFollowsBin<K extends Binnable>(
      kind: K,
      input: Input<`${K}.create`>,
      offset: number,
      phrase: string,
    ) {
      const must = t.must as (method: string, input: unknown) => Promise<{ id: number }>;
      const r = await must(`${kind}.create`, input);
      const key = offset * 10_000_000_000 + r.id;
      expect(queries.searchHits(phrase)).toEqual([key]);
      await must(`${kind}.delete`, { id: r.id });
      expect(queries.searchHits(phrase)).toEqual([]);
      await must(`${kind}.restore`, { id: r.id });
      expect(queries.searchHits(phrase)).toEqual([key]);
    },
  };
}

/**
 * Lists the kind by `filter`: the titles that match in order, then the second page of one,
 * counting all that match.
 */
export async function expectListFilter<K extends 'proposals' | 'opinionReports'>(
  t: TestArchive,
  kind: K,
  filter: Input<`${K}.list`>,
  titles: string[],
) {
  const list = t.must as (method: string, input: unknown) => Promise<{ total: number; items: { title: string }[] }>;
  expect((await list(`${kind}.list`, filter)).items.map((r) => r.title)).toEqual(titles);
  const page = await list(`${kind}.list`, { year: 2026, ...filter, limit: 1, offset: 1 });
  expect([page.total, page.items.map((r) => r.title)]).toEqual([titles.length, titles.slice(1, 2)]);
}
