import { Button, Card, Empty, Flex, Table, Tag } from 'antd';
import type { YearStats } from '../../../../shared/contract/stats';
import { openMemberFile } from '../memberFile/useMemberFile';

type Behind = YearStats['behind'][number];

/** Members with duty items of the year's scheme still to do, and exactly which. */
export function BehindMembers({ behind, schemeName }: { behind: Behind[]; schemeName: string }) {
  return (
    <Card size="small" title={`“${schemeName}”未完成的委员（${behind.length} 位）`}>
      {behind.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`每位委员都已完成“${schemeName}”的全部事项`} />
      ) : (
        <Table<Behind>
          rowKey={(b) => b.member.id}
          size="small"
          dataSource={behind}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 位` }}
          columns={[
            {
              title: '委员',
              key: 'member',
              width: 120,
              render: (_, b) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => openMemberFile(b.member.id)}>
                  {b.member.name}
                </Button>
              ),
            },
            { title: '界别', key: 'sector', width: 120, render: (_, b) => b.member.sector },
            {
              title: '还差的事项',
              key: 'missing',
              render: (_, b) => (
                <Flex wrap gap={4}>
                  {b.missing.map((m) => (
                    <Tag key={m.itemCode} color="orange">
                      {m.label} {m.count}/{m.required}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
