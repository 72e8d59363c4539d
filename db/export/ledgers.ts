import type { ParsedInput } from '../../shared/api';
import type { ExportResult } from '../../shared/contract/exports';
import type { Context } from '../repo/context';
import { exportFolder, unmaskedSuffix, writeExport } from './folder';
import { ledgersOffThread } from './worker/offThread';
import { collectYear } from './yearModel';

/** 年度台账: the year's ledgers as one Excel workbook in the archive's exports folder. */
export async function exportLedgers(ctx: Context, input: ParsedInput<'export.ledgers'>): Promise<ExportResult> {
  const started = Date.now();
  ctx.progress({ task: 'export.ledgers', fraction: 0, message: '正在读取本年度的档案数据' });
  const model = await collectYear(ctx, input.year);
  ctx.progress({ task: 'export.ledgers', fraction: 0.5, message: '正在生成 Excel 台账' });
  const data = await ledgersOffThread(model, input.maskPersonal);
  const folder = exportFolder(ctx.archive.file, input.year);
  const file = writeExport(folder, `${input.year}年度台账${unmaskedSuffix(input.maskPersonal)}.xlsx`, data);
  ctx.progress({ task: 'export.ledgers', fraction: 1, message: `已导出 ${file.name}` });
  return { folder, files: [file], ms: Date.now() - started };
}
