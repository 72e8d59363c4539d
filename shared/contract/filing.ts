import { z } from 'zod';
import { codePattern, filingKinds, retentions, type FilingItem, type FilingKind, type FilingSettings } from '../filing';
import { id, text, year } from './fields';
import { method, query } from './define';
import type { ExportResult } from './exports';
import { packageInFolder } from './packages';

export interface FilingSettingsView extends FilingSettings {
  /** 全宗名称 follows the group's name (the clerk has typed none). */
  fondsNameIsDefault: boolean;
}

/** An item whose 档号 differs from the one the year was last filed with. */
export interface FilingChange {
  kind: FilingKind;
  recordId: number;
  title: string;
  /** The 档号 it was last filed with; null for an item added since. */
  before: string | null;
  /** Its 档号 now; null for an item removed since (deleted, a 草稿 again, an activity not held). */
  after: string | null;
}

/** The year's items and how their numbers differ from the last filing. */
export interface FilingYear {
  year: number;
  items: FilingItem[];
  /** When the year's numbers were last recorded (by 编印); null before the first. */
  filedAt: string | null;
  /** Items added, removed or renumbered since then (empty before the first filing). */
  changes: FilingChange[];
}

/** What 编印 records: the year's numbers, and the data digest the volume will print. */
export interface FilingRecord extends FilingYear {
  /** SHA-256 of the package's data (DATASUMS) as the archive stands after recording. */
  packageDataDigest: string;
}

const code = (max: number, label: string, example: string) =>
  text(max, label)
    .transform((s) => s.trim().toUpperCase())
    .refine((s) => codePattern.test(s), {
      message: `${label}只能由英文字母和数字组成（如 ${example}），不能含汉字、空格或“-”“·”等分隔符，它们是档号的一部分`,
    });

const retention = z.enum(retentions, { error: '保管期限只能是 永久、定期30年 或 定期10年' });
const kind = z.enum(filingKinds, { error: '归档的记录类别无效' });

export const filingSettingsUpdate = z
  .object({
    fondsCode: code(16, '全宗号', 'Z109').optional(),
    /** '' returns to the group's name. */
    fondsName: text(100, '全宗名称')
      .transform((s) => s.trim())
      .optional(),
    orgCode: code(16, '机构（问题）代码', 'LLZ').optional(),
    categoryCode: code(8, '门类代码', 'WS')
      .refine((s) => s.length > 0, { message: '请填写门类代码（文书档案为 WS）' })
      .optional(),
    retentionByKind: z
      .object({
        activity: retention.optional(),
        document: retention.optional(),
        proposal: retention.optional(),
        opinionReport: retention.optional(),
        deed: retention.optional(),
      })
      .strict()
      .optional(),
    filer: text(30, '立卷人')
      .transform((s) => s.trim())
      .optional(),
    checker: text(30, '检查人')
      .transform((s) => s.trim())
      .optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: '没有要修改的归档设置' });

export const filingSetRetention = z
  .object({
    year,
    kind,
    recordId: id,
    /** null: back to the kind's default. */
    retention: retention.nullable(),
  })
  .strict();

const byYear = z.object({ year }).strict();

export const filingHandover = z
  .object({
    ...packageInFolder,
    /** Also as PDF (Chromium); Word always. */
    pdf: z.boolean({ error: '是否生成 PDF 必须是 是 或 否' }).optional(),
  })
  .strict();

export const filingContract = {
  'filing.settings': query<FilingSettingsView>()(
    '读取归档设置（全宗号、全宗名称、机构代码、保管期限、立卷人、检查人）',
    z.object({}).strict(),
  ),
  'filing.updateSettings': method<FilingSettingsView>()('修改归档设置', filingSettingsUpdate),
  'filing.items': query<FilingYear>()('本年度的归档文件（件）及档号，与上次编印相比的变动', byYear),
  'filing.setRetention': method<FilingYear>()('设定一件归档文件的保管期限（null 恢复为该类默认）', filingSetRetention),
  'filing.handover': method<ExportResult>()(
    '为年度档案包生成移交清单（Word 和 PDF）：文件名、大小、SHA-256、SM3、件数、页数、签名栏',
    filingHandover,
  ),
  'filing.record': method<FilingRecord>()(
    '记下本年度编印时的档号，说明与上次相比的变动，并给出档案包的数据摘要',
    byYear,
  ),
};
