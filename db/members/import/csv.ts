import { ArchiveError } from '../../errors';

/**
 * RFC 4180 CSV as Excel and WPS write it: comma-separated, fields in double quotes may hold commas,
 * line breaks and doubled quotes (""); records end at CRLF, LF or CR. Returns the records as
 * arrays of strings, refusing as soon as there are more than `maxRecords`.
 */
export function parseCsv(text: string, maxRecords: number, tooMany: () => ArchiveError): string[][] {
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
    else if (c === ',') {
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
      `CSV 文件第 ${records.length + 1} 行的引号没有闭合，文件可能不完整，未导入。`,
    );
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
