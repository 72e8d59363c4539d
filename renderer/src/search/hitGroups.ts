import { searchKinds, type SearchHit, type SearchKind } from '../../../shared/contract/search';
import { recordKindLabels } from '../../../shared/recordKinds';


export interface HitGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

/** Hits grouped by kind (委员 first, 文档 last), each group in the archive's order. */
export function hitGroups(hits: SearchHit[]): HitGroup[] {
  return searchKinds
    .map((kind) => ({ kind, label: recordKindLabels[kind], hits: hits.filter((h) => h.kind === kind) }))
    .filter((g) => g.hits.length > 0);
}

/** The id of a hit's option element, for aria-activedescendant. */
export const hitElementId = (h: Pick<SearchHit, 'kind' | 'id'>) => `search-hit-${h.kind}-${h.id}`;
