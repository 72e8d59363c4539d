import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { AdoptionLevel, ReportStatus } from '../../../../shared/enums';
import { useReports } from './useReports';

const statusOptions = ReportStatus.codes.map((c) => ({ value: c, label: ReportStatus.label(c) }));
const levelOptions = AdoptionLevel.codes.map((c) => ({ value: c, label: AdoptionLevel.label(c) }));

/** Search box, status and 采用层级 filters, and the add button above the reports. */
export function ReportToolbar({ onAdd }: { onAdd(): void }) {
  const { filters, search, filter } = useReports();
  return (
    <Flex gap={8} wrap align="center">
      <Input
        aria-label="搜索社情民意"
        placeholder="标题、内容或批示"
        prefix={<SearchOutlined />}
        allowClear
        value={filters.q}
        onChange={(e) => search(e.target.value)}
        style={{ width: 240 }}
      />
      <Select
        aria-label="状态"
        placeholder="状态"
        allowClear
        value={filters.status}
        options={statusOptions}
        onChange={(status?: ReportStatus) => filter({ status })}
        style={{ width: 120 }}
      />
      <Select
        aria-label="采用层级"
        placeholder="采用层级"
        allowClear
        value={filters.adoptedLevel}
        options={levelOptions}
        onChange={(adoptedLevel?: AdoptionLevel) => filter({ adoptedLevel })}
        style={{ width: 160 }}
      />
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} style={{ marginInlineStart: 'auto' }}>
        添加社情民意
      </Button>
    </Flex>
  );
}
