import type { ParsedInput } from '../../shared/api';
import type { ExportResult } from '../../shared/contract/exports';
import type { Context } from '../repo/context';
import { exportFolder, unmaskedSuffix, writeExport } from './folder';
import { personalFields } from './mask';
import { photoReader } from './photos';
import { printPhotos } from './printPhotos';
import { renderDocument } from './renderDocument';
import { volumeBlocks, volumeTitle } from './volumeContent';
import { collectYear } from './yearModel';
import { dataDigestKeyword } from '../package/itemPdfs';

/** 年度履职档案: the year's bound volume as Word or PDF, in the archive's exports folder. */
export async function exportVolume(ctx: Context, input: ParsedInput<'export.volume'>): Promise<ExportResult> {
  const started = Date.now();
  const step = (fraction: number, message: string) => ctx.progress({ task: 'export.volume', fraction, message });
  step(0, '正在读取本年度的档案数据');
  const model = await collectYear(ctx, input.year);
  const content = volumeBlocks(model, personalFields(input.maskPersonal));
  const title = volumeTitle(model);
  step(0.3, input.format === 'pdf' ? '正在用 Chromium 排版 PDF' : '正在生成 Word 文档');
  const { blocks, bytes } = await printPhotos(content, photoReader(ctx.db));
  const data = await renderDocument(
    input.format,
    blocks,
    bytes,
    {
      title,
      author: model.group.name,
      subject: `${model.filing.fondsName}${input.year}年度归档文件（${model.items.length} 件）`,
      keywords: [
        '履职档案',
        '归档文件',
        `${input.year}年度`,
        model.filing.fondsName,
        ...(model.filing.fondsCode ? [model.filing.fondsCode] : []),
        // The package cuts each item's PDF out of this file only when the data is the same.
        dataDigestKeyword(model.packageDataDigest),
      ],
    },
    ctx.printPdf,
  );
  const folder = exportFolder(ctx.archive.file, input.year);
  const file = writeExport(
    folder,
    `${input.year}年度履职档案${unmaskedSuffix(input.maskPersonal)}.${input.format}`,
    data,
  );
  step(1, `已导出 ${file.name}`);
  return { folder, files: [file], ms: Date.now() - started };
}
