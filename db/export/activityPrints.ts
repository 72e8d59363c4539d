import type { ParsedInput } from '../../shared/api';
import type { ExportResult } from '../../shared/contract/exports';
import type { Context } from '../repo/context';
import { activityPrint, type ActivityPrint } from './activityPrintModel';
import type { Block } from './blocks';
import { exportFolder, safeFileName, writeExport } from './folder';
import { noticeBlocks, noticeTitle } from './noticeContent';
import { renderDocument } from './renderDocument';
import { signInSheetBlocks } from './signInSheetContent';

/** Today on the clerk's own clock, as the notice's date: 2026-05-08. */
function localToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

const noPhotos = (): Buffer => {
  throw new Error('会议通知和签到表不含照片');
};

/** One printout of an activity, written into the exports folder of the activity's year. */
async function writePrint(
  ctx: Context,
  task: string,
  kind: string,
  input: { activityId: number; format: 'docx' | 'pdf' },
  content: (p: ActivityPrint) => { title: string; blocks: Block[]; grid?: 'none' },
): Promise<ExportResult> {
  const started = Date.now();
  ctx.progress({ task, fraction: 0, message: `正在生成${kind}` });
  const p = activityPrint(ctx.db, input.activityId);
  const { title, blocks, grid } = content(p);
  const meta = { title, grid, author: p.group, keywords: [kind, p.activity.title] };
  const data = await renderDocument(input.format, blocks, noPhotos, meta, ctx.printPdf);
  const folder = exportFolder(ctx.archive.file, p.activity.year);
  // The id keeps two activities of the same name apart.
  const name = `${kind}_${safeFileName(p.activity.title)}_${p.activity.id}.${input.format}`;
  const written = writeExport(folder, name, data);
  ctx.progress({ task, fraction: 1, message: `已导出 ${name}` });
  return { folder, files: [written], ms: Date.now() - started };
}

/** 会议通知 of an activity, dated today, signed by the group. */
export function exportActivityNotice(ctx: Context, input: ParsedInput<'export.activityNotice'>): Promise<ExportResult> {
  return writePrint(ctx, 'export.activityNotice', '会议通知', input, (p) => ({
    title: noticeTitle(p.activity),
    blocks: noticeBlocks(p, localToday()),
  }));
}

/** 签到表 of an activity: its participants in name order, blank rows for the rest. */
export function exportSignInSheet(ctx: Context, input: ParsedInput<'export.signInSheet'>): Promise<ExportResult> {
  return writePrint(ctx, 'export.signInSheet', '签到表', input, (p) => ({
    title: `${p.activity.title}签到表`,
    blocks: signInSheetBlocks(p).blocks,
    grid: 'none',
  }));
}
