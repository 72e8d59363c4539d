import { App, Button } from 'antd';
import type { Result } from '../../../shared/result';
import { showFailure } from '../api/showFailure';

const UNDO_SECONDS = 8;

interface Deletion {
  /** What kind of record, as the clerk calls it: 活动, 计划事项. */
  what: string;
  /** The record's own name, e.g. its title. */
  name: string;
  /** Unique among records, to replace the message on undo. */
  key: string;
  remove(): Promise<Result<unknown>>;
  restore(): Promise<Result<unknown>>;
}

/** Delete with a confirmation: the record goes to the 回收站, and the message offers 撤销. */
export function useDeleteWithUndo() {
  const { message, modal } = App.useApp();

  async function undo(d: Deletion) {
    message.destroy(d.key);
    const r = await d.restore();
    if (r.ok) message.success(`已恢复${d.what}“${d.name}”`);
    else showFailure(r.error, { message });
  }

  return async function deleteWithUndo(d: Deletion): Promise<boolean> {
    const confirmed = await modal.confirm({
      title: `删除${d.what}“${d.name}”？`,
      content: '删除后移入回收站，需要时可以从回收站恢复。',
      okText: '移入回收站',
      okButtonProps: { danger: true },
      cancelText: '取消',
    });
    if (!confirmed) return false;
    const r = await d.remove();
    if (!r.ok) {
      showFailure(r.error, { message });
      return false;
    }
    message.open({
      key: d.key,
      type: 'success',
      duration: UNDO_SECONDS,
      content: (
        <span>
          已将“{d.name}”移入回收站
          <Button type="link" size="small" onClick={() => void undo(d)}>
            撤销
          </Button>
        </span>
      ),
    });
    return true;
  };
}
