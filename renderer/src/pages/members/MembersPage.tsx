import { useEffect } from 'react';
import { RecordListPage } from '../../lists/RecordListPage';
import { useRecordList } from '../../lists/useRecordList';
import { MemberForm } from './MemberForm';
import { MemberTable } from './MemberTable';
import { MemberToolbar } from './MemberToolbar';
import { useMembers } from './useMembers';

/** 委员名册: search, filter, add, edit and delete the group's members. */
export function MembersPage() {
  const list = useMembers();
  const page = useRecordList(list, 'members', { name: (m) => m.name });
  const { loadSectors } = list;
  useEffect(() => {
    void loadSectors();
  }, [loadSectors]);

  return (
    <RecordListPage
      page={page}
      title="委员名册"
      yearly={false}
      toolbar={<MemberToolbar onAdd={() => page.openForm()} />}
      empty={{
        description:
          '名册里还没有委员。可以逐位添加，也可以用上方的“导入”从 Excel 或 CSV 名册一次导入全部委员；之后可按姓名、拼音首字母或手机号查找。',
        addLabel: '添加第一位委员',
      }}
      list={<MemberTable rows={page.rows} />}
      form={(slot) => <MemberForm open={slot.open} member={slot.record} onClose={slot.onClose} />}
    />
  );
}
