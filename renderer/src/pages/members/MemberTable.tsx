import { Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Member } from '../../../../shared/contract/members';
import { MemberStatus } from '../../../../shared/enums';
import {
  memberFieldLabel,
  memberFieldsIn,
  memberFieldText,
  type MemberFieldKey,
} from '../../../../shared/memberFields';
import { RecordTable, type RecordRows } from '../../lists/RecordTable';
import { openMemberFile } from '../memberFile/useMemberFile';

const statusColor: Record<Member['status'], string> = { active: 'green', suspended: 'orange', left: 'default' };

/** The roster, a page at a time. */
export function MemberTable({ rows }: { rows: RecordRows<Member> }) {
  const { onEdit } = rows;
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
  ];

  return (
    <RecordTable<Member>
      rows={rows}
      columns={columns}
      showTotal={(n) => `共 ${n} 位委员`}
      scroll={{ x: 'max-content' }}
      actions={{
        width: undefined,
        fixed: 'right',
        before: (m) => (
          <Button type="link" size="small" onClick={() => openMemberFile(m.id)}>
            履职档案
          </Button>
        ),
      }}
    />
  );
}
