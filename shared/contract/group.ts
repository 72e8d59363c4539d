import { z } from 'zod';
import { requiredText, text, year } from './fields';
import { method, query } from './define';
import { NameOrder } from '../enums';

/** The liaison group itself (one row per archive). */
export interface GroupSettings {
  /** e.g. XX镇政协联络组 */
  name: string;
  /** e.g. XX区政协 */
  parentCommittee: string;
  /** e.g. 第三届 */
  term: string;
  /** The local party committee the drafts name, e.g. 东湖镇党委 / 东湖街道党工委 ('' = as the name implies). */
  partyCommittee: string;
  /** The local government, e.g. 东湖镇人民政府 / 东湖街道办事处 ('' = as the name implies). */
  government: string;
  /** The year the clerk is working on; pages open on it. */
  currentYear: number;
  /** Whether duty points (履职积分) are kept. */
  pointsEnabled: boolean;
  /** How every list of members is ordered: 按姓名拼音 or 按姓氏笔画. */
  nameOrder: NameOrder;
  updatedAt: string;
}

const trimmed = (max: number, label: string) => text(max, label).transform((s) => s.trim());

export const groupUpdate = z
  .object({
    name: requiredText(60, '联络组名称').optional(),
    parentCommittee: trimmed(60, '上级政协').optional(),
    term: trimmed(40, '届次').optional(),
    partyCommittee: trimmed(60, '当地党委').optional(),
    government: trimmed(60, '当地政府').optional(),
    currentYear: year.optional(),
    pointsEnabled: z.boolean({ error: '是否启用履职积分必须是 是 或 否' }).optional(),
    nameOrder: z.enum(NameOrder.codes, { error: '姓名排序只能是“按姓名拼音”或“按姓氏笔画”' }).optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: '没有要修改的设置' });

export const groupContract = {
  'group.get': query<GroupSettings>()('读取联络组设置', z.object({}).strict()),
  'group.update': method<GroupSettings>()(
    '修改联络组设置（名称、上级政协、届次、当地党委和政府、当前年度、履职积分、姓名排序）',
    groupUpdate,
  ),
};
