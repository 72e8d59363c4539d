import { z } from 'zod';
import { query } from './define';
import { searchableKinds, type SearchableKind } from '../recordKinds';

export interface SearchHit {
  /** What the archive-wide search finds, named as in the audit log and the recycle bin. */
  kind: SearchableKind;
  id: number;
  title: string;
  /** A short piece of the text around the first match (or the start of the text). */
  snippet: string;
}

export const MAX_SEARCH_QUERY = 500;

export const searchQuery = z
  .object({
    /** Any text: words are matched literally (quotes, *, AND/OR, % and _ carry no meaning). */
    query: z.string({ error: '搜索词必须是文字' }).max(MAX_SEARCH_QUERY, `搜索词不能超过 ${MAX_SEARCH_QUERY} 个字`),
    kinds: z
      .array(z.enum(searchableKinds, { error: '搜索范围无效' }))
      .max(searchableKinds.length)
      .optional(),
    limit: z.number().int().min(1, '条数至少为 1').max(200, '一次最多返回 200 条').optional(),
  })
  .strict();

export const searchContract = {
  'search.query': query<SearchHit[]>()(
    '全文搜索：委员（含姓名全拼和拼音首字母）、活动、提案、社情民意、先进事迹、文档',
    searchQuery,
  ),
};
