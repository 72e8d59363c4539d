import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input } from 'antd';
import type { ReactNode } from 'react';
import type { FilterActions } from './filterActions';
import { FilterSelect } from './FilterSelect';
import type { ListFilters } from './listFilters';

/** One filter choice of the list: which filter it sets, its label and its options. */
export interface FilterChoice<F> {
  key: Exclude<keyof F, 'q'> & string;
  label: string;
  options: { value: string | number; label: string }[];
  width: number;
  /** With many options: typing narrows them, and this says when none is left. */
  searchable?: { notFound: string };
}

interface Props<F extends ListFilters> {
  /** The list's filters, and what typing and choosing do. */
  list: FilterActions<F> & { filters: F };
  /** Names the search box for screen readers, e.g. 搜索提案. */
  searchLabel: string;
  /** What the search matches, e.g. 案由、编号、内容或承办单位. */
  placeholder: string;
  searchWidth?: number;
  /** The filter choices after the search box. */
  choices?: FilterChoice<F>[];
  /** The page's own filters and buttons after them. */
  children?: ReactNode;
}

/** The row above a list: the search box, the filter choices, then the page's own filters and buttons. */
export function ListToolbar<F extends ListFilters>({
  list,
  searchLabel,
  placeholder,
  searchWidth = 240,
  choices = [],
  children,
}: Props<F>) {
  return (
    <Flex gap={8} wrap align="center">
      <Input
        aria-label={searchLabel}
        placeholder={placeholder}
        prefix={<SearchOutlined />}
        allowClear
        value={list.filters.q}
        onChange={(e) => list.search(e.target.value)}
        style={{ width: searchWidth }}
      />
      {choices.map((c) => (
        <FilterSelect
          key={c.key}
          label={c.label}
          value={list.filters[c.key] as string | number | undefined}
          options={c.options}
          onChange={(value) => list.filter({ [c.key]: value } as Omit<Partial<F>, 'q'>)}
          width={c.width}
          showSearch={!!c.searchable}
          notFoundContent={c.searchable?.notFound}
        />
      ))}
      {children}
    </Flex>
  );
}
