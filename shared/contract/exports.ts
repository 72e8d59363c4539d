import { z } from 'zod';
import { id, year } from './fields';
import { method } from './define';

/** One file an export wrote into the archive's exports folder. */
export interface ExportedFile {
  /** The file's name, e.g. 2026年度履职档案.docx */
  name: string;
  /** Its absolute path, under `<archive>.exports/<year>/`. */
  path: string;
  bytes: number;
}

export interface ExportResult {
  /** The folder the files were written to, so the UI can open it for the clerk. */
  folder: string;
  files: ExportedFile[];
  /** How long the export took, in milliseconds. */
  ms: number;
}

const format = z.enum(['docx', 'pdf'], { error: '导出格式只能是 Word（docx）或 PDF' });
/** Phone and ID numbers are shown as 138****5678 unless the clerk turns this off. */
const maskPersonal = z.boolean({ error: '是否隐藏手机号和身份证号必须是 是 或 否' }).default(true);

export const exportVolumeInput = z.object({ year, format, maskPersonal }).strict();
export const exportLedgersInput = z.object({ year, maskPersonal }).strict();
export const exportMemberFileInput = z.object({ memberId: id, year, format, maskPersonal }).strict();
/** A printout of one activity, from what is entered: no phone or ID number of a participant is on it. */
export const exportActivityPrintInput = z.object({ activityId: id, format }).strict();

/** Files are always written into the exports folder beside the archive; no caller chooses a path. */
export const exportsContract = {
  'export.volume': method<ExportResult>()(
    '导出年度履职档案（成册）：Word 或 PDF，默认隐藏手机号和身份证号中间几位',
    exportVolumeInput,
  ),
  'export.ledgers': method<ExportResult>()(
    '导出年度台账（Excel）：委员名册、活动台账、出勤统计、八个一完成情况、提案、社情民意、先进事迹',
    exportLedgersInput,
  ),
  'export.memberFile': method<ExportResult>()('导出一位委员的年度履职档案（Word 或 PDF）', exportMemberFileInput),
  'export.activityNotice': method<ExportResult>()(
    '导出一次活动的会议通知（Word 或 PDF）：时间、地点、内容、参加人员（按姓名排序）、联系人，联络组落款',
    exportActivityPrintInput,
  ),
  'export.signInSheet': method<ExportResult>()(
    '导出一次活动的签到表（Word 或 PDF）：参加人员按姓名排序，另留空行，每页重复表头',
    exportActivityPrintInput,
  ),
};
