import type { ParsedInput } from '../../shared/api';
import type { ExportResult } from '../../shared/contract/exports';
import type { Context } from '../repo/context';
import { memberDutyFile } from '../members/dutyFile';
import { exportFolder, safeFileName, unmaskedSuffix, writeExport } from './folder';
import { personalFields } from './mask';
import { memberFileBlocks } from './memberFileContent';
import { photoReader } from './photos';
import { printPhotos } from './printPhotos';
import { renderDocument } from './renderDocument';

/** One member's year file, to hand back to the member (一委员一档案). */
export async function exportMemberFile(ctx: Context, input: ParsedInput<'export.memberFile'>): Promise<ExportResult> {
  const started = Date.now();
  ctx.progress({ task: 'export.memberFile', fraction: 0, message: '正在读取委员的履职档案' });
  const file = memberDutyFile(ctx.db, input.memberId, input.year);
  const content = memberFileBlocks(file, personalFields(input.maskPersonal), { newPage: false });
  const title = `${file.member.name}委员${input.year}年度履职档案`;
  const { blocks, bytes } = await printPhotos(content, photoReader(ctx.db));
  const keywords = ['履职档案', `${input.year}年度`, file.member.name];
  const data = await renderDocument(input.format, blocks, bytes, { title, keywords }, ctx.printPdf);
  const folder = exportFolder(ctx.archive.file, input.year);
  // The id keeps two members of the same name from overwriting each other's file.
  const name = `${input.year}年度履职档案_${safeFileName(file.member.name)}_${file.member.id}${unmaskedSuffix(input.maskPersonal)}.${input.format}`;
  const written = writeExport(folder, name, data);
  ctx.progress({ task: 'export.memberFile', fraction: 1, message: `已导出 ${name}` });
  return { folder, files: [written], ms: Date.now() - started };
}
