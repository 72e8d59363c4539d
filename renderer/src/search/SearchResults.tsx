import { Flex, Spin, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { SearchHit } from '../../../shared/contract/search';
import { hitElementId, hitGroups } from './hitGroups';
import { Marked } from './Marked';
import { SEARCH_LIMIT, type SearchResults as Results } from './useSearchResults';

export const RESULTS_ID = 'archive-search-results';

interface Props {
  results: Results;
  /** The hit the arrow keys are on. */
  active: SearchHit | undefined;
  onChoose(hit: SearchHit): void;
  onHover(hit: SearchHit): void;
}

const note = (text: string) => (
  <Typography.Text type="secondary" style={{ display: 'block', padding: '12px 16px' }}>
    {text}
  </Typography.Text>
);

/**
 * What the search box found, grouped by kind (委员, 活动, 提案, 社情民意, 先进事迹, 文档), the words
 * searched for marked in each title and piece of text; or why there is nothing to show.
 */
export function SearchResults({ results, active, onChoose, onHover }: Props) {
  const { query, hits, error, searching } = results;
  if (!query && !searching) return note('输入姓名、拼音（如 zhangwei 或 zw）、手机号，或标题、内容中的词语');
  if (searching && hits.length === 0)
    return (
      <Flex align="center" gap={8} style={{ padding: '12px 16px' }}>
        <Spin size="small" />
        <Typography.Text type="secondary">正在搜索…</Typography.Text>
      </Flex>
    );
  if (error) return note(`搜索失败：${error}`);
  if (hits.length === 0) return note(`没有找到与“${query}”有关的委员、活动、提案、社情民意、先进事迹或文档`);
  const byPinyin = /^[a-z\s]+$/i.test(query);
  return (
    <div role="listbox" id={RESULTS_ID} aria-label="搜索结果" style={{ opacity: searching ? 0.6 : 1 }}>
      {hitGroups(hits).map((group) => (
        <div key={group.kind} role="group" aria-labelledby={`${RESULTS_ID}-${group.kind}`}>
          <div id={`${RESULTS_ID}-${group.kind}`} style={groupStyle}>
            {group.label}
          </div>
          {group.hits.map((hit) => {
            const isActive = active?.kind === hit.kind && active.id === hit.id;
            return (
              <div
                key={hit.id}
                id={hitElementId(hit)}
                role="option"
                aria-selected={isActive}
                onClick={() => onChoose(hit)}
                onMouseMove={() => !isActive && onHover(hit)}
                style={{ ...hitStyle, background: isActive ? '#e6f4ff' : undefined }}
              >
                <div style={titleStyle}>
                  <Marked text={hit.title} query={query} whole={byPinyin && hit.kind === 'member'} />
                </div>
                {hit.snippet && (
                  <div style={snippetStyle}>
                    <Marked text={hit.snippet} query={query} />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      ))}
      {hits.length >= SEARCH_LIMIT && note(`只列出前 ${SEARCH_LIMIT} 条，输入更多字词可以缩小范围`)}
    </div>
  );
}

const groupStyle: CSSProperties = { padding: '8px 16px 4px', fontSize: 12, color: '#8c8c8c' };
const hitStyle: CSSProperties = { padding: '6px 16px', cursor: 'pointer' };
const titleStyle: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
const snippetStyle: CSSProperties = { ...titleStyle, fontSize: 12, color: '#8c8c8c' };
