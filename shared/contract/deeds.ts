import { z } from 'zod';
import { binScope, byId, id, isoDate, paging, requiredText, text, year } from './fields';
import type { Page, Stamped } from './fields';
import { method, query } from './define';

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

const optional = <T extends z.ZodType>(s: T) => s.nullish();

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

export const deedList = z
  .object({
    year: year.optional(),
    memberId: id.optional(),
    /** Title, content or source. */
    q: text(60, '搜索词').optional(),
    scope: binScope,
    ...paging,
  })
  .strict();

export const deedsContract = {
  'deeds.list': query<Page<Deed>>()('先进事迹（按年度、委员、文字筛选，新的在前）', deedList),
  'deeds.get': query<Deed>()('读取一条先进事迹', byId),
  'deeds.create': method<Deed>()('新增先进事迹', deedFields),
  'deeds.update': method<Deed>()('修改先进事迹', z.object({ id, patch: deedFields.partial() }).strict()),
  'deeds.delete': method<Deed>()('删除先进事迹（移入回收站）', byId),
  'deeds.restore': method<Deed>()('从回收站恢复先进事迹', byId),
};
