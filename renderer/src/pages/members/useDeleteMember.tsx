import type { Member } from '../../../../shared/contract/members';
import { useDeleteWithUndo } from '../../forms/useDeleteWithUndo';
import { useMembers } from './useMembers';

/** Delete with a confirmation: the member goes to the 回收站, and the message offers 撤销, as for every record. */
export function useDeleteMember() {
  const deleteWithUndo = useDeleteWithUndo();
  const { remove, restore } = useMembers();
  return (m: Member) =>
    deleteWithUndo({
      what: '委员',
      name: m.name,
      key: `member-deleted-${m.id}`,
      remove: () => remove(m.id),
      restore: () => restore(m.id),
    });
}
