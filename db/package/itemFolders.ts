import type Database from 'better-sqlite3';
import type { FilingItem, FilingSettings } from '../../shared/filing';
import { runOnExportWorker } from '../export/worker/exportWorkerPool';
import type { CatalogueRow } from './catalogueWorkbook';
import { itemAttachments, itemBody } from '../filing/itemFiles';
import { digestOf } from './digests';
import { itemPdfName, type ItemPdfs } from './itemPdfs';

export const ITEMS_DIR = 'items/';
export const CATALOGUE_JSON = 'catalogue/归档文件目录.json';
export const CATALOGUE_XLSX = 'catalogue/归档文件目录.xlsx';

interface PackageFile {
  path: string;
  bytes: Uint8Array;
  stored?: boolean;
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const json = (v: unknown) => utf8(`${JSON.stringify(v, null, 2)}\n`);
/** The catalogue prints dates as 8 digits: 20260514. */
const eightDigits = (iso: string) => iso.replace(/-/g, '');

const format = (name: string, mime: string) => {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1].toUpperCase();
  return ext ? `${ext}（${mime}）` : mime;
};

/** The DA/T 46-2009 core of one electronic file: 计算机文件名, 格式, 大小, 校验值. */
async function fileRecord(path: string, fileName: string, mime: string, bytes: Uint8Array, note: string | null) {
  const d = await digestOf(path, bytes);
  return {
    计算机文件名: fileName,
    格式: format(fileName, mime),
    大小: d.size,
    校验值: { 算法: 'SHA-256', 值: d.sha256, SM3: d.sm3 },
    说明: note,
  };
}

/**
 * Each item (件) as a folder of its own named by its 档号: the item's own PDF (its pages of the
 * compiled volume, 归档章 included, `itemPdfs.ts`), the item's text (正文.txt), its original
 * attachments under their own names, and metadata.json with the DA/T 46 core (题名, 责任者, 日期,
 * 档号, 保管期限, 页数, 格式, 计算机文件名, 校验值). Without item PDFs (no PDF volume was printed)
 * 页数 stays empty and 备注 says why.
 */
export async function itemFolders(
  db: Database.Database,
  year: number,
  items: FilingItem[],
  s: FilingSettings,
  pdfs: ItemPdfs,
): Promise<PackageFile[]> {
  const out: PackageFile[] = [];
  for (const item of items) {
    const dir = `${ITEMS_DIR}${item.archivalCode}/`;
    const files: Awaited<ReturnType<typeof fileRecord>>[] = [];
    const pdf = pdfs.ok ? pdfs.byCode.get(item.archivalCode) : undefined;
    if (pdf) {
      const name = itemPdfName(item);
      out.push({ path: `${dir}${name}`, bytes: pdf.bytes, stored: true });
      files.push(
        await fileRecord(
          `${dir}${name}`,
          name,
          'application/pdf',
          pdf.bytes,
          `本件的版式文件：档案册 PDF 第 ${pdf.from === pdf.to ? pdf.from : `${pdf.from}—${pdf.to}`} 页，首页右上角为归档章`,
        ),
      );
    }
    const body = itemBody(db, item);
    if (body) {
      const bytes = utf8(`${item.title}\n\n${body}\n`);
      out.push({ path: `${dir}正文.txt`, bytes });
      files.push(
        await fileRecord(`${dir}正文.txt`, '正文.txt', 'text/plain; charset=utf-8', bytes, '档案中录入的正文'),
      );
    }
    for (const a of itemAttachments(db, item)) {
      out.push({ path: `${dir}${a.fileName}`, bytes: a.bytes, stored: true });
      files.push(await fileRecord(`${dir}${a.fileName}`, a.fileName, a.mime, a.bytes, a.caption));
    }
    out.push({
      path: `${dir}metadata.json`,
      bytes: json({
        题名: item.title,
        责任者: item.responsible,
        日期: eightDigits(item.date),
        文号: item.docNo,
        档号: item.archivalCode,
        全宗号: s.fondsCode,
        全宗名称: s.fondsName,
        门类: s.categoryCode,
        年度: year,
        保管期限: item.retentionLabel,
        机构问题: item.orgCode,
        件号: item.itemNo,
        页数: pdf?.pages ?? null,
        备注: pdfs.ok ? null : pdfs.reason,
        文件: files,
      }),
    });
  }
  return out;
}

/** What the catalogue's 备注 says of an item without its own PDF. */
const NO_PAGES = '未生成PDF，页数未填';

const catalogueRows = (items: FilingItem[], pdfs: ItemPdfs): CatalogueRow[] =>
  items.map((i, n) => ({
    序号: n + 1,
    档号: i.archivalCode,
    文号: i.docNo,
    责任者: i.responsible,
    题名: i.title,
    日期: eightDigits(i.date),
    密级: '',
    页数: pdfs.ok ? (pdfs.byCode.get(i.archivalCode)?.pages ?? null) : null,
    保管期限: i.retentionLabel,
    备注: pdfs.ok ? '' : NO_PAGES,
  }));

/**
 * 归档文件目录 as JSON: the filing settings and one entry per item, in catalogue order; 页数说明
 * says why 页数 is empty when no item PDF was made (null otherwise).
 */
export function catalogueJson(year: number, items: FilingItem[], s: FilingSettings, pdfs: ItemPdfs): Uint8Array {
  return json({
    全宗号: s.fondsCode,
    全宗名称: s.fondsName,
    年度: year,
    立卷人: s.filer,
    检查人: s.checker,
    件数: items.length,
    页数说明: pdfs.ok ? null : pdfs.reason,
    条目: catalogueRows(items, pdfs),
  });
}

/** 归档文件目录 as a workbook (`catalogueWorkbook`), built on the export worker. */
export async function catalogueXlsx(
  year: number,
  items: FilingItem[],
  s: FilingSettings,
  pdfs: ItemPdfs,
  now: Date,
): Promise<Uint8Array> {
  const rows = catalogueRows(items, pdfs);
  return (await runOnExportWorker({ kind: 'catalogue', year, fondsName: s.fondsName, rows, now })).bytes;
}
