import fs from 'node:fs';
import type { ParsedInput } from '../../shared/api';
import type { ExportResult } from '../../shared/contract/exports';
import { renderDocxOffThread } from '../export/worker/offThread';
import { exportFolder, writeExport } from '../export/folder';
import type { PhotoBytes } from '../export/photos';
import { renderPdf } from '../export/pdfDocument';
import { ArchiveError } from '../errors';
import type { Context } from '../repo/context';
import { inExportsFolder } from '../package/exportsFolder';
import { handoverBlocks, handoverFacts } from './handover';
import { readFilingSettings } from './settings';

const noPhotos: PhotoBytes = () => {
  throw new Error('移交清单不含照片');
};

/**
 * 移交清单 of one package of the year's exports folder, in Word and (unless `pdf` is false) PDF,
 * named after the package: `<package>-移交清单.docx/.pdf` beside it.
 */
export async function writeHandover(ctx: Context, input: ParsedInput<'filing.handover'>): Promise<ExportResult> {
  const started = Date.now();
  const file = inExportsFolder(ctx.archive.file, input.year, input.name);
  if (!fs.existsSync(file)) throw new ArchiveError('NOT_FOUND', `导出文件夹中没有 ${input.name}，请先打包年度档案包。`);
  const facts = await handoverFacts(file, input.name, readFilingSettings(ctx.db).filer);
  const blocks = handoverBlocks(facts);
  const title = `${input.year}年度电子档案移交清单`;
  const folder = exportFolder(ctx.archive.file, input.year);
  const base = `${input.name.replace(/\.zip$/i, '')}-移交清单`;
  const files = [writeExport(folder, `${base}.docx`, await renderDocxOffThread(blocks, noPhotos, { title }))];
  if (input.pdf !== false) files.push(writeExport(folder, `${base}.pdf`, await renderPdf(blocks, noPhotos, { title }, ctx.printPdf)));
  return { folder, files, ms: Date.now() - started };
}
