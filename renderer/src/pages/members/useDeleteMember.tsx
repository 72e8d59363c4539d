import { App, Button } from 'antd';
import type { Member } from '../../../../shared/contract/members';
import { showFailure } from '../../api/showFailure';
import { useMembers } from './useMembers';

const UNDO_SECONDS = 8;

/** Delete with a confirmation: the member goes to the 回收站, and the message offers 撤销. */
export function useDeleteMember() {
  const { message, modal } = App.useApp();
  const { remove, restore } = useMembers();

  async function undo(m: Member, key: string) {
    message.destroy(key);
    const r = await restore(m.id);
    if (r.ok) message.success(`已恢复委员 ${m.name}`);
    else showFailure(r.error, { message });
  }

  return async function deleteMember(m: Member) {
    const confirmed = await modal.confirm({
      title: `删除委员 ${m.name}？`,
      content: '删除后移入回收站，需要时可以从回收站恢复。',
      okText: '移入回收站',
      okButtonProps: { danger: true },
      cancelText: '取消',
    });
    if (!confirmed) return;
    const r = await remove(m.id);
    if (!r.ok) return showFailure(r.error, { message });
    const key = `member-deleted-${m.id}`;
    message.open({
      key,
      type: 'success',
      duration: UNDO_SECONDS,
      content: (
        <span>
          已将 {m.name} 移入回收站
          <Button type="link" size="small" onClick={() => void undo(m, key)}>
            撤销
          </Button>
        </span>
      ),
    });
  };
}
