import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Member } from '../../../../shared/contract/members';
import { MemberStatus } from '../../../../shared/enums';
import {
  memberFieldLabel,
  memberFieldsIn,
  memberFieldText,
  type MemberFieldKey,
} from '../../../../shared/memberFields';
import { editDeleteColumn } from '../../lists/editDeleteColumn';
import { serverPagination } from '../../lists/serverPagination';
import { openMemberFile } from '../memberFile/useMemberFile';

const statusColor: Record<Member['status'], string> = { active: 'green', suspended: 'orange', left: 'default' };

interface Props {
  items: Member[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
  onEdit(member: Member): void;
  onDelete(member: Member): void;
}

export function MemberTable({ items, total, page, pageSize, loading, onPage, onEdit, onDelete }: Props) {
  // The catalogue's table fields in its order; the name opens the member, the state is a tag.
  const shown: Partial<Record<MemberFieldKey, ColumnsType<Member>[number]>> = {
    name: {
      fixed: 'left',
      render: (_: unknown, m) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onEdit(m)}>
          {m.name}
        </Button>
      ),
    },
    workUnit: { ellipsis: true },
    status: { render: (_: unknown, m) => <Tag color={statusColor[m.status]}>{MemberStatus.label(m.status)}</Tag> },
  };
  const columns: ColumnsType<Member> = [
    ...memberFieldsIn('table').map((k) => ({
      key: k,
      title: memberFieldLabel(k),
      render: (_: unknown, m: Member) => memberFieldText(m, k),
      ...shown[k],
    })),
    editDeleteColumn({
      onEdit,
      onDelete,
      fixed: 'right',
      before: (m) => (
        <Button type="link" size="small" onClick={() => openMemberFile(m.id)}>
          履职档案
        </Button>
      ),
    }),
  ];

  return (
    <Table<Member>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={serverPagination({ page, pageSize, total, onPage, showTotal: (n) => `共 ${n} 位委员` })}
    />
  );
}
