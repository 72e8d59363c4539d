import { z } from 'zod';
import { id, isoDate, optional, requiredText, text, year } from './fields';
import { yearListInput } from './lists';
import type { Stamped } from './fields';
import { recordMethods } from './define';

/** A member's exemplary deed (先进事迹), for publicity and the year's archive. */
export interface Deed extends Stamped {
  /** Null for a deed of the group as a whole. */
  memberId: number | null;
  memberName: string | null;
  year: number;
  title: string;
  happenedOn: string | null;
  content: string | null;
  /** Where it was reported, e.g. 区融媒体中心. */
  source: string | null;
}

export const deedFields = z
  .object({
    memberId: optional(id),
    year,
    title: requiredText(200, '事迹标题'),
    happenedOn: optional(isoDate),
    content: optional(text(50000, '事迹内容')),
    source: optional(text(200, '来源')),
  })
  .strict();

/** Search words match the title, content or source. */
export const deedList = yearListInput({});

export const deedsContract = recordMethods<Deed>()('deed', {
  list: ['先进事迹（按年度、委员、文字筛选，新的在前）', deedList],
  get: '读取一条先进事迹',
  create: ['新增先进事迹', deedFields],
  update: ['修改先进事迹', deedFields.partial()],
});
