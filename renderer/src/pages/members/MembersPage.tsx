import { useEffect } from 'react';
import type { Member } from '../../../../shared/contract/members';
import { call } from '../../api/client';
import { useFormSlot } from '../../forms/useFormSlot';
import { hasFilters } from '../../lists/listFilters';
import { ListEmpty } from '../../lists/ListEmpty';
import { ListPage } from '../../lists/ListPage';
import { useRecordAddress } from '../../shell/useRecordAddress';
import { MemberForm } from './MemberForm';
import { MemberTable } from './MemberTable';
import { MemberToolbar } from './MemberToolbar';
import { useDeleteMember } from './useDeleteMember';
import { useMembers } from './useMembers';

/** 委员名册: search, filter, add, edit and delete the group's members. */
export function MembersPage() {
  const { items, total, page, pageSize, loading, loadError, filters, load, loadSectors, turnPage, clearFilters } =
    useMembers();
  const deleteMember = useDeleteMember();
  const { slot, openForm, closeForm } = useFormSlot<Member>();
  const record = useRecordAddress<Member>({
    section: 'members',
    read: (id) => call('members.get', { id }),
    show: openForm,
    hide: closeForm,
  });

  useEffect(() => {
    void load();
    void loadSectors();
  }, [load, loadSectors]);

  return (
    <ListPage
      title="委员名册"
      toolbar={<MemberToolbar onAdd={() => openForm()} />}
      loadError={loadError}
      onRetry={() => void load()}
      empty={
        total === 0 &&
        !loading && (
          <ListEmpty
            what="委员"
            filtered={hasFilters(filters)}
            onClearFilters={clearFilters}
            description="名册里还没有委员。可以逐位添加，也可以用上方的“导入”从 Excel 或 CSV 名册一次导入全部委员；之后可按姓名、拼音首字母或手机号查找。"
            addLabel="添加第一位委员"
            onAdd={() => openForm()}
          />
        )
      }
      list={
        <MemberTable
          items={items}
          total={total}
          page={page}
          pageSize={pageSize}
          loading={loading}
          onPage={turnPage}
          onEdit={record.open}
          onDelete={(m) => void deleteMember(m)}
        />
      }
    >
      <MemberForm key={slot.key} open={slot.open} member={slot.record} onClose={record.close} />
    </ListPage>
  );
}
