import { z } from 'zod';
import { paging } from './lists';
import type { Page } from './fields';
import { query } from './define';
import { recyclableKinds, type RecyclableKind } from '../recordKinds';

export interface RecycleItem {
  /** A kind whose rows go to the recycle bin; each restores through its own `.restore` method. */
  entity: RecyclableKind;
  id: number;
  /** What the clerk recognises the row by: a name or a title. */
  label: string;
  deletedAt: string;
}

export const recycleList = z
  .object({ entity: z.enum(recyclableKinds, { error: '回收站中没有这类记录' }).optional(), ...paging })
  .strict();

export const recycleContract = {
  'recycle.list': query<Page<RecycleItem>>()('回收站：所有已删除的记录，最近删除的在前', recycleList),
};
