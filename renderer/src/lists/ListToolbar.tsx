import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** Names the search box for screen readers, e.g. 搜索提案. */
  searchLabel: string;
  /** What the search matches, e.g. 案由、编号、内容或承办单位. */
  placeholder: string;
  q: string;
  onSearch(q: string): void;
  searchWidth?: number;
  /** The filters and buttons after the search box. */
  children?: ReactNode;
}

/** The row above a list: the search box, then the page's filters and buttons. */
export function ListToolbar({ searchLabel, placeholder, q, onSearch, searchWidth = 240, children }: Props) {
  return (
    <Flex gap={8} wrap align="center">
      <Input
        aria-label={searchLabel}
        placeholder={placeholder}
        prefix={<SearchOutlined />}
        allowClear
        value={q}
        onChange={(e) => onSearch(e.target.value)}
        style={{ width: searchWidth }}
      />
      {children}
    </Flex>
  );
}
