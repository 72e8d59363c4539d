import { Button, Flex, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Member } from '../../../../shared/contract/members';
import { MemberForm } from './MemberForm';
import { MembersEmpty } from './MembersEmpty';
import { MemberTable } from './MemberTable';
import { MemberToolbar } from './MemberToolbar';
import { useDeleteMember } from './useDeleteMember';
import { hasFilters, useMembers } from './useMembers';

/** Which form is open: `key` renews the form each time so it starts from the member's values. */
interface Editing {
  key: number;
  open: boolean;
  member?: Member;
}

/** 委员名册: search, filter, add, edit and delete the group's members. */
export function MembersPage() {
  const { items, total, page, pageSize, loading, loadError, filters, load, loadSectors, turnPage, clearFilters } =
    useMembers();
  const deleteMember = useDeleteMember();
  const [editing, setEditing] = useState<Editing>({ key: 0, open: false });

  useEffect(() => {
    void load();
    void loadSectors();
  }, [load, loadSectors]);

  const openForm = (member?: Member) => setEditing((e) => ({ key: e.key + 1, open: true, member }));
  const closeForm = () => setEditing((e) => ({ ...e, open: false }));

  let body;
  if (loadError) {
    body = (
      <Result
        status="error"
        title="读取委员名册失败"
        subTitle={loadError.message}
        extra={<Button onClick={() => void load()}>重试</Button>}
      />
    );
  } else if (total === 0 && !loading) {
    body = <MembersEmpty filtered={hasFilters(filters)} onAdd={() => openForm()} onClearFilters={clearFilters} />;
  } else {
    body = (
      <MemberTable
        items={items}
        total={total}
        page={page}
        pageSize={pageSize}
        loading={loading}
        onPage={turnPage}
        onEdit={openForm}
        onDelete={(m) => void deleteMember(m)}
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        委员名册
      </Typography.Title>
      <MemberToolbar onAdd={() => openForm()} />
      {body}
      <MemberForm key={editing.key} open={editing.open} member={editing.member} onClose={closeForm} />
    </Flex>
  );
}
