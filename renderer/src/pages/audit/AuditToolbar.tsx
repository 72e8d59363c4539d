import { Flex, Typography } from 'antd';
import { format, startOfMonth, startOfYear, subDays } from 'date-fns';
import { AuditAction, Entity } from '../../../../shared/enums';
import { FilterSelect } from '../../lists/FilterSelect';
import { ListToolbar } from '../../lists/ListToolbar';
import { DateFilter } from './DateFilter';
import { useAuditLog } from './useAuditLog';
import { choices } from '../../forms/choices';

const entityOptions = choices(Entity);
const actionOptions = choices(AuditAction);

const day = (d: Date) => format(d, 'yyyy-MM-dd');
/** The spans a clerk looks back over most, each as its first and last day. */
const spans: Record<string, () => { from: string; to: string }> = {
  今天: () => ({ from: day(new Date()), to: day(new Date()) }),
  最近7天: () => ({ from: day(subDays(new Date(), 6)), to: day(new Date()) }),
  本月: () => ({ from: day(startOfMonth(new Date())), to: day(new Date()) }),
  今年: () => ({ from: day(startOfYear(new Date())), to: day(new Date()) }),
};

/** Search, kind of record, kind of change and the span of days above the audit log. */
export function AuditToolbar() {
  const list = useAuditLog();
  const { filters, filter } = list;
  const span = Object.keys(spans).find((k) => {
    const s = spans[k]();
    return s.from === filters.from && s.to === filters.to;
  });
  const reversed = !!filters.from && !!filters.to && filters.from > filters.to;

  return (
    <Flex vertical gap={4}>
      <ListToolbar
        list={list}
        searchLabel="搜索操作记录"
        placeholder="内容中的文字"
        searchWidth={220}
        choices={[
          { key: 'entity', label: '记录类型', options: entityOptions, width: 170 },
          { key: 'action', label: '操作', options: actionOptions, width: 170 },
        ]}
      >
        <FilterSelect
          label="时间范围"
          value={span}
          options={Object.keys(spans).map((k) => ({ value: k, label: k }))}
          onChange={(k) => filter(k ? spans[k]() : { from: undefined, to: undefined })}
          width={120}
        />
        <DateFilter
          key={`from-${filters.from}`}
          label="开始日期"
          value={filters.from}
          onChange={(from) => filter({ from })}
        />
        <Typography.Text type="secondary">至</Typography.Text>
        <DateFilter key={`to-${filters.to}`} label="结束日期" value={filters.to} onChange={(to) => filter({ to })} />
      </ListToolbar>
      {reversed && <Typography.Text type="danger">开始日期不能晚于结束日期</Typography.Text>}
    </Flex>
  );
}
