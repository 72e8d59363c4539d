import ExcelJS from 'exceljs';
import { addLedgerSheet } from '../export/sheet';

/** One line of the 归档文件目录 (DA/T 22-2015's columns). */
export interface CatalogueRow {
  序号: number;
  档号: string;
  文号: string;
  责任者: string;
  题名: string;
  日期: string;
  密级: string;
  页数: number | null;
  保管期限: string;
  备注: string;
}

/** 归档文件目录 as a workbook: one sheet, the catalogue's columns, printed A4 across. */
export async function catalogueWorkbook(
  year: number,
  fondsName: string,
  rows: CatalogueRow[],
  now: Date,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = fondsName;
  wb.created = now;
  addLedgerSheet(
    wb,
    `${year}年度归档文件目录`,
    [
      { header: '序号', width: 6, kind: 'int' },
      { header: '档号', width: 26 },
      { header: '文号', width: 12 },
      { header: '责任者', width: 18 },
      { header: '题名', width: 44 },
      { header: '日期', width: 10 },
      { header: '密级', width: 6 },
      { header: '页数', width: 6, kind: 'int' },
      { header: '保管期限', width: 10 },
      { header: '备注', width: 20 },
    ],
    rows.map((r) => [r.序号, r.档号, r.文号, r.责任者, r.题名, r.日期, r.密级, r.页数, r.保管期限, r.备注]),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
