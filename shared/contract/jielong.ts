import { z } from 'zod';
import type { Activity, Participant } from './activities';
import { id, text } from './fields';
import { method, query } from './define';

/** 接龙 attendance: 出席 (a bare name, 已到, 到, 参加) or 请假 (with the reason the line gives). */
export type JielongAttendance = 'present' | 'excused';

/** A member a name of the 接龙 may mean, offered for the clerk to choose. */
export interface JielongCandidate {
  memberId: number;
  name: string;
  sector: string | null;
  /** Why it is offered: 同音, 一字之差, 首字母相同, 同名 (two members share the name), joined by 、. */
  why: string;
}

/** What writing one row would do to the sheet: put the member on it, change their cell, or nothing. */
export type JielongChange = 'new' | 'changed' | 'unchanged';

/** One name read from the pasted 接龙 (a line naming two people gives two rows). */
export interface JielongRow {
  /** The line's number in the pasted text. */
  line: number;
  /** The line as pasted. */
  raw: string;
  name: string;
  status: JielongAttendance;
  reason: string | null;
  match: 'exact' | 'candidates' | 'none';
  /** The member, when the name is exactly one member's. */
  memberId?: number;
  /** Ranked, for `candidates`; empty otherwise. */
  candidates: JielongCandidate[];
  /** For an exact match: what writing it changes on the current sheet. */
  change?: JielongChange;
}

export interface JielongPreview {
  activityId: number;
  /** The 接龙's title line (e.g. 5月14日视察华屏苑), if it has one. */
  title: string | null;
  rows: JielongRow[];
  /** Lines that are not numbered 接龙 lines (remarks), left aside. */
  otherLines: { line: number; raw: string }[];
  /** The activity's sheet as it is now, so the preview can show what changes. */
  sheet: Participant[];
}

export interface JielongOutcome {
  /** Members put on the sheet plus members whose attendance changed; 0 when the paste was already applied. */
  changes: number;
  added: number;
  changed: number;
  unchanged: number;
  activity: Activity;
}

/** What writing `status`/`reason` for a member does to the sheet as it is. */
export function jielongChange(
  sheet: readonly Pick<Participant, 'memberId' | 'attendance' | 'leaveReason'>[],
  memberId: number,
  status: JielongAttendance,
  reason: string | null | undefined,
): JielongChange {
  const cell = sheet.find((p) => p.memberId === memberId);
  if (!cell) return 'new';
  const wanted = status === 'excused' ? reason?.trim() || null : null;
  return cell.attendance === status && (cell.leaveReason ?? null) === wanted ? 'unchanged' : 'changed';
}

/** A 接龙 of a big group runs to ~100 lines; a paste far longer is not a 接龙. */
export const MAX_JIELONG_CHARS = 20000;

export const jielongPreviewInput = z
  .object({
    activityId: id,
    text: z
      .string({ error: '接龙内容必须是文字' })
      .max(MAX_JIELONG_CHARS, `接龙内容不能超过 ${MAX_JIELONG_CHARS} 个字，请只粘贴一次活动的接龙`)
      .refine((s) => s.trim().length > 0, { message: '请先粘贴微信群里的接龙内容' }),
  })
  .strict();

const jielongCell = z
  .object({
    memberId: id,
    attendance: z.enum(['present', 'excused'], { error: '接龙中的出勤只能是 出席 或 请假' }),
    leaveReason: text(200, '请假事由').nullish(),
  })
  .strict()
  .refine((c) => c.attendance === 'excused' || !c.leaveReason, {
    message: '只有请假的委员才能填写请假事由',
    path: ['leaveReason'],
  });

export const jielongApplyInput = z
  .object({
    activityId: id,
    rows: z
      .array(jielongCell)
      .min(1, '没有可写入的接龙行：请先为每个姓名确认对应的委员')
      .max(1000, '一次最多写入 1000 位委员的出勤')
      .refine((rows) => new Set(rows.map((r) => r.memberId)).size === rows.length, {
        message: '同一位委员在接龙中出现了不止一次，请只保留一行',
      }),
  })
  .strict();

export const jielongContract = {
  'attendance.previewJielong': query<JielongPreview>()(
    '粘贴微信群接龙：逐行识别姓名与出席/请假（含事由），匹配名册并给出候选，对照现有出勤（不写入）',
    jielongPreviewInput,
  ),
  'attendance.applyJielong': method<JielongOutcome>()(
    '将联络员确认过的接龙写入活动出勤（一次写完，记入操作记录；同一接龙重复写入不再改变）',
    jielongApplyInput,
  ),
};
