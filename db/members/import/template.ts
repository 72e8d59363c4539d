import ExcelJS from 'exceljs';
import type { DownloadFile } from '../../../shared/contract/memberImport';
import { TEMPLATE_HINT, templateColumns } from './templateRows';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Columns Excel would turn into numbers or dates (losing leading zeros and ID digits) are formatted as text. */
const textFields = new Set(['birthDate', 'phone', 'idNumber']);

async function xlsxTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('委员名册', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = templateColumns.map((c) => ({
    width: c.width,
    style: textFields.has(c.field) ? { numFmt: '@' } : {},
  }));
  ws.mergeCells(1, 1, 1, templateColumns.length);
  const hint = ws.getCell(1, 1);
  hint.value = TEMPLATE_HINT;
  hint.alignment = { wrapText: true, vertical: 'top' };
  hint.font = { color: { argb: 'FF8C5A00' } };
  ws.getRow(1).height = 48;
  const header = ws.getRow(2);
  header.values = templateColumns.map((c) => c.header);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  const example = ws.getRow(3);
  example.values = templateColumns.map((c) => c.example);
  example.font = { color: { argb: 'FF888888' } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** UTF-8 with a byte-order mark, which Excel and WPS open without garbling the Chinese. */
function csvTemplate(): Buffer {
  const lines = [[TEMPLATE_HINT], templateColumns.map((c) => c.header), templateColumns.map((c) => c.example)];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
}

/** 委员名册导入模板: the headers the import knows, a hint row above them and one example row. */
export async function importTemplate(format: 'xlsx' | 'csv'): Promise<DownloadFile> {
  const data = format === 'xlsx' ? await xlsxTemplate() : csvTemplate();
  return {
    name: `委员名册导入模板.${format}`,
    mime: format === 'xlsx' ? XLSX_MIME : 'text/csv',
    dataBase64: data.toString('base64'),
  };
}
