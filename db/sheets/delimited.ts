import { ArchiveError } from '../errors';

export type Delimiter = ',' | '\t';

/** Lines looked at to tell a tab-separated file from a comma-separated one. */
const SNIFFED_LINES = 20;

/**
 * Tab or comma, whichever separates more fields in the first lines (quoted text not counted):
 * Excel's "Unicode 文本" and "文本文件（制表符分隔）" use tabs, its CSV commas. No separator at
 * all (a one-column file) reads as CSV.
 */
export function detectDelimiter(text: string): Delimiter {
  let tabs = 0;
  let commas = 0;
  let lines = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines < SNIFFED_LINES; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\t') tabs++;
    else if (c === ',') commas++;
    else if (c === '\n') lines++;
  }
  return tabs > commas ? '\t' : ',';
}

/**
 * Delimited text as Excel and WPS write it (RFC 4180 with comma or tab): fields in double quotes
 * may hold the delimiter, line breaks and doubled quotes (""); records end at CRLF, LF or CR.
 * Returns the records as arrays of strings, refusing as soon as there are more than `maxRecords`.
 */
export function parseDelimited(
  text: string,
  delimiter: Delimiter,
  maxRecords: number,
  tooMany: () => ArchiveError,
): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    if (records.length > maxRecords) throw tooMany();
    record = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (quoted)
    throw new ArchiveError(
      'INVALID_INPUT',
      `${delimiter === ',' ? 'CSV ' : '文本'}文件第 ${records.length + 1} 行的引号没有闭合，文件可能不完整，未导入。`,
    );
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
