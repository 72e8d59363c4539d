import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input } from 'antd';
import { MemberSelect } from '../proposals/MemberSelect';
import { useMemberOptions } from '../proposals/useMemberOptions';
import { useDeeds } from './useDeeds';

/** Search box, the member filter and the add button above the deeds. */
export function DeedToolbar({ onAdd }: { onAdd(): void }) {
  const { filters, search, filter } = useDeeds();
  const members = useMemberOptions();
  return (
    <Flex gap={8} wrap align="center">
      <Input
        aria-label="搜索先进事迹"
        placeholder="标题、内容或来源"
        prefix={<SearchOutlined />}
        allowClear
        value={filters.q}
        onChange={(e) => search(e.target.value)}
        style={{ width: 240 }}
      />
      <MemberSelect
        aria-label="委员"
        placeholder="委员"
        options={members}
        value={filters.memberId}
        onChange={(memberId) => filter({ memberId: memberId as number | undefined })}
        style={{ width: 160 }}
      />
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} style={{ marginInlineStart: 'auto' }}>
        添加先进事迹
      </Button>
    </Flex>
  );
}
