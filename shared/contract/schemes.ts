import { z } from 'zod';
import type { DutyScheme } from '../dutySchemes';
import { ActivityType, CreditKind } from '../enums';
import { allDifferent, id, requiredText, year } from './fields';
import { binScope } from './lists';
import type { Stamped } from './fields';
import { method, query, recordMethods } from './define';

/** A duty scheme (八个一, 五个一, 四个一 or the clerk's own) with its items. */
export interface Scheme extends DutyScheme, Stamped {
  /** Years explicitly bound to this scheme, ascending (a year with no binding uses 八个一). */
  boundYears: number[];
}

export const schemeItemInput = z
  .object({
    /** Duty records name their item by this code, so it stays plain ASCII. */
    code: z
      .string({ error: '事项代码必须是文字' })
      .regex(
        /^[A-Za-z][A-Za-z0-9_-]{0,39}$/,
        '事项代码须以字母开头，只含字母、数字、下划线或短横线（不超过 40 个字符），如 research',
      ),
    label: requiredText(60, '事项名称'),
    requiredCount: z
      .number({ error: '每年应完成次数必须是数字' })
      .int('每年应完成次数必须是整数')
      .min(0, '每年应完成次数不能小于 0')
      .max(100, '每年应完成次数不能超过 100'),
    creditActivityTypes: z
      .array(z.enum(ActivityType.codes, { error: '计入该事项的活动类型无效' }))
      .refine(allDifferent, { message: '计入该事项的活动类型不能重复' })
      .default([]),
    creditKinds: z
      .array(z.enum(CreditKind.codes, { error: '计入该事项的记录种类无效' }))
      .refine(allDifferent, { message: '计入该事项的记录种类不能重复' })
      .default([]),
  })
  .strict();

const schemeItems = z
  .array(schemeItemInput)
  .min(1, '履职方案至少要有一个事项')
  .max(50, '履职方案的事项不能超过 50 个')
  .refine((items) => allDifferent(items.map((i) => i.code)), {
    message: '同一方案中的事项代码不能重复',
    path: ['code'],
  });

const schemeName = requiredText(40, '方案名称');

/** A custom scheme: usually a copy of a preset's items, or the items given. */
export const schemeCreate = z
  .object({ name: schemeName, copyFrom: id.optional(), items: schemeItems.optional() })
  .strict()
  .refine((s) => s.copyFrom !== undefined || s.items !== undefined, {
    message: '请选择要复制的方案，或填写方案事项',
    path: ['items'],
  })
  .refine((s) => s.copyFrom === undefined || s.items === undefined, {
    message: '复制已有方案时不需要另外填写事项；复制后可再修改',
    path: ['items'],
  });

/** `patch.items`, when given, replaces the scheme's whole item list. */
export const schemePatch = z.object({ name: schemeName, items: schemeItems }).partial().strict();

export const schemeList = z.object({ scope: binScope }).strict();

export const schemeForYear = z.object({ year }).strict();
export const schemeSetForYear = z.object({ year, schemeId: id }).strict();

export const schemesContract = {
  'schemes.list': query<Scheme[]>()('全部履职方案（含预置的八个一、五个一、四个一），含事项', schemeList),
  ...recordMethods<Scheme>()('duty_scheme', {
    get: '读取一个履职方案（含事项）',
    create: ['新建自定义履职方案（通常复制一个预置方案）', schemeCreate],
    update: ['修改履职方案（给出事项时整体替换）', schemePatch],
    delete: '删除履职方案（移入回收站；预置方案和已用于某年度的方案不能删除）',
  }),
  'schemes.forYear': query<Scheme>()('某年度适用的履职方案（未指定时为八个一）', schemeForYear),
  'schemes.setForYear': method<Scheme>()('指定某年度适用的履职方案', schemeSetForYear),
};
