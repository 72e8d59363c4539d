import { z } from 'zod';

/** Field schemas shared by every aggregate's contract, with the Chinese messages a clerk sees. */

export const id = z.number({ error: '编号必须是数字' }).int('编号必须是整数').positive('编号必须大于 0');

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A calendar date as YYYY-MM-DD; 2026-02-30 is refused. */
export const isoDate = z
  .string({ error: '日期必须是文字，格式为 年-月-日' })
  .refine(isCalendarDate, { message: '日期无效，请按 2026-05-14 的格式填写真实存在的日期' });

/** A month, or a full date: birth dates on rosters are often only 年月 ("1970.05"). */
export const birthDate = z.string().refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s) || isCalendarDate(s), {
  message: '出生日期无效，请填写 1970-05 或 1970-05-14',
});

export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 时:分，如 09:30');

export const year = z
  .number({ error: '年度必须是数字' })
  .int('年度必须是整数')
  .min(1949, '年度不能早于 1949 年')
  .max(2200, '年度超出范围');

/** Chinese mobile (11 digits from 1) or a landline with area code and optional extension. */
export const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, '电话号码格式不正确：手机为 11 位数字，座机如 0571-87654321');

/** Mainland resident ID: 18 characters with a valid check digit. */
export const idNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (s) => {
      if (!/^\d{17}[\dX]$/.test(s)) return false;
      const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = w.reduce((acc, wi, i) => acc + wi * Number(s[i]), 0);
      return '10X98765432'[sum % 11] === s[17];
    },
    { message: '身份证号码无效（应为 18 位，且校验位正确）' },
  );

/** Free text with a maximum length; control characters other than tab/newline are refused. */
export function text(max: number, label = '内容') {
  return z
    .string({ error: `${label}必须是文字` })
    .max(max, `${label}不能超过 ${max} 个字`)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
      message: `${label}含有不可见的控制字符`,
    });
}

export function requiredText(max: number, label: string) {
  return text(max, label)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { message: `请填写${label}` });
}

/** A field the clerk may leave empty: absent, null or a value. */
export const optional = <T extends z.ZodType>(s: T) => s.nullish();

/** No value of the list stands in it twice. */
export const allDifferent = <T>(list: readonly T[]) => new Set(list).size === list.length;

/** A list of members (authors, co-signers, participants to add), each named once. */
export const memberIds = (max: number, tooMany: string, repeated: string) =>
  z.array(id).max(max, tooMany).refine(allDifferent, { message: repeated });

export const byId = z.object({ id }).strict();

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Stamped {
  id: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
