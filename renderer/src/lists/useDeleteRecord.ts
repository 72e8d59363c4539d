import type { Result } from '../../../shared/result';
import { useDeleteWithUndo } from '../forms/useDeleteWithUndo';

interface Options<T> {
  /** The records, as the clerk calls them: 提案, 计划事项. */
  what: string;
  /** Names the record's undo message, e.g. `proposal`. */
  kind: string;
  /** The record's own name in the messages; its title by default. */
  name?(record: T): string;
  remove(id: number): Promise<Result<unknown>>;
  restore(id: number): Promise<Result<unknown>>;
}

/** Deleting a row of a list: confirm, to the recycle bin, with 撤销. */
export function useDeleteRecord<T extends { id: number; title: string }>(o: Options<T>) {
  const deleteWithUndo = useDeleteWithUndo();
  return (record: T) =>
    void deleteWithUndo({
      what: o.what,
      name: o.name ? o.name(record) : record.title,
      key: `${o.kind}-deleted-${record.id}`,
      remove: () => o.remove(record.id),
      restore: () => o.restore(record.id),
    });
}
