import type { SearchHit } from '../../../shared/contract/search';
import { recordKindLabels, searchableKinds, type SearchableKind } from '../../../shared/recordKinds';

export interface HitGroup {
  kind: SearchableKind;
  label: string;
  hits: SearchHit[];
}

/** Hits grouped by kind (委员 first, 文档 last), each group in the archive's order. */
export function hitGroups(hits: SearchHit[]): HitGroup[] {
  return searchableKinds
    .map((kind) => ({ kind, label: recordKindLabels[kind], hits: hits.filter((h) => h.kind === kind) }))
    .filter((g) => g.hits.length > 0);
}

/** The id of a hit's option element, for aria-activedescendant. */
export const hitElementId = (h: Pick<SearchHit, 'kind' | 'id'>) => `search-hit-${h.kind}-${h.id}`;
