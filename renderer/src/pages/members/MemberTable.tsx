import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Member } from '../../../../shared/contract/members';
import { CommitteeLevel, Gender, GroupRole, MemberStatus, Position } from '../../../../shared/enums';
import { maskPhone } from '../../../../shared/mask';
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
  const columns: ColumnsType<Member> = [
    {
      title: '姓名',
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, m) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onEdit(m)}>
          {name}
        </Button>
      ),
    },
    { title: '性别', dataIndex: 'gender', render: (g: Member['gender']) => (g ? Gender.label(g) : '') },
    { title: '界别', dataIndex: 'sector' },
    {
      title: '政协层级',
      dataIndex: 'committeeLevels',
      render: (levels: Member['committeeLevels']) => levels.map((l) => CommitteeLevel.label(l)).join('、'),
    },
    { title: '职务', dataIndex: 'position', render: (p: Member['position']) => Position.label(p) },
    { title: '联络组职务', dataIndex: 'groupRole', render: (r: Member['groupRole']) => GroupRole.label(r) },
    { title: '单位及职务', dataIndex: 'workUnit', ellipsis: true },
    { title: '手机号', dataIndex: 'phone', render: (p: Member['phone']) => maskPhone(p) },
    { title: '联系村(社区)', dataIndex: 'linkedCommunity' },
    {
      title: '状态',
      dataIndex: 'status',
      render: (s: Member['status']) => <Tag color={statusColor[s]}>{MemberStatus.label(s)}</Tag>,
    },
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
