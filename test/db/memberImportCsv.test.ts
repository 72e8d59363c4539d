import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited } from '../../db/sheets/delimited';
import { decodeText } from '../../db/sheets/text';
import { ArchiveError } from '../../db/errors';
import { b64, csvOf, gbk, GOOD_ROWS, HEADERS, UTF8_BOM, utf16be, utf16le } from '../fixtures/imports/rosterFiles';
import { testArchive, type TestArchive } from '../helpers/archive';

const tooMany = () => new ArchiveError('INVALID_INPUT', '太多');

describe('CSV parsing', () => {
  it('reads quoted fields holding commas, line breaks and doubled quotes, with any line ending', () => {
    const text = '姓名,地址,备注\r\n"张伟","XX镇, 人民路1号","第一行\r\n第二行"\n李红,"说""好""的",\r王五,,';
    expect(parseDelimited(text, ',', 100, tooMany)).toEqual([
      ['姓名', '地址', '备注'],
      ['张伟', 'XX镇, 人民路1号', '第一行\r\n第二行'],
      ['李红', '说"好"的', ''],
      ['王五', '', ''],
    ]);
  });

  it('keeps an empty last field and does not add a record for the final line break', () => {
    expect(parseDelimited('a,\r\n', ',', 10, tooMany)).toEqual([['a', '']]);
    expect(parseDelimited('', ',', 10, tooMany)).toEqual([]);
  });

  it('refuses an unclosed quote and stops as soon as there are too many records', () => {
    expect(() => parseDelimited('a\n"b,c\n', ',', 10, tooMany)).toThrow('第 2 行的引号没有闭合');
    expect(() => parseDelimited('a\n'.repeat(1_000_000), ',', 10, tooMany)).toThrow('太多');
  });

  it('decodes UTF-8 with or without a byte-order mark, and GBK', () => {
    expect(decodeText(Buffer.concat([UTF8_BOM, Buffer.from('姓名')]))).toBe('姓名');
    expect(decodeText(Buffer.from('姓名'))).toBe('姓名');
    expect(decodeText(gbk('姓名,联系村（社区）'))).toBe('姓名,联系村（社区）');
  });

  it('decodes UTF-16LE and UTF-16BE by their byte-order marks, and tells tabs from commas', () => {
    expect(decodeText(utf16le('姓名\t电话'))).toBe('姓名\t电话');
    expect(decodeText(utf16be('姓名\t电话'))).toBe('姓名\t电话');
    expect(detectDelimiter('XX镇名册\t\t\n姓名\t地址\n张伟\tXX镇, 人民路1号\n')).toBe('\t');
    expect(detectDelimiter('姓名,备注\n张伟,"有\t制表符"\n')).toBe(',');
    expect(detectDelimiter('姓名\n张伟\n')).toBe(',');
  });
});

describe('members import from CSV', () => {
  let t: TestArchive;
  beforeEach(async () => {
    t = await testArchive();
  });
  afterEach(() => t.close());

  const text = csvOf([HEADERS, ...GOOD_ROWS]);
  const encodings: [string, Buffer][] = [
    ['GBK', gbk(text)],
    ['UTF-8 with a byte-order mark', Buffer.concat([UTF8_BOM, Buffer.from(text)])],
    ['UTF-8 without one', Buffer.from(text)],
  ];
  for (const [label, data] of encodings) {
    it(`imports a roster saved as ${label}`, async () => {
      const f = { fileName: '名册.csv', dataBase64: b64(data) };
      const preview = await t.must('members.importPreview', f);
      expect(preview).toMatchObject({ good: 3, bad: 0, headersMissing: [], headersUnknown: [] });
      expect(preview.rows.map((r) => [r.input.name, r.input.linkedCommunity ?? null])).toEqual([
        ['张伟', '东村'],
        ['李红', '西社区'],
        ['王建国', null],
      ]);
      expect((await t.must('members.importCommit', f)).imported).toBe(3);
      expect((await t.must('members.list', {})).items.map((m) => m.workUnit).sort()).toEqual(
        ['XX镇XX公司 总经理', 'XX镇中心小学', 'XX合作社'].sort(),
      );
    });
  }

  it('keeps a quoted address with a comma and a note with a line break, numbering rows as Excel shows them', async () => {
    const data = csvOf([
      ['姓名', '地址', '备注'],
      ['张伟', 'XX镇, 人民路1号', '第一行\n第二行'],
      ['李红', '', ''],
    ]);
    const preview = await t.must('members.importPreview', { fileName: '名册.csv', dataBase64: b64(Buffer.from(data)) });
    expect(preview.rows.map((r) => [r.line, r.input.address, r.input.notes])).toEqual([
      [2, 'XX镇, 人民路1号', '第一行\n第二行'],
      [3, undefined, undefined],
    ]);
  });

  it('refuses a CSV of more than 5,000 rows, writing nothing', async () => {
    const rows = [['姓名'], ...Array.from({ length: 5_100 }, (_, i) => [`委员${i}`])];
    const r = await t.call('members.importCommit', { fileName: '名册.csv', dataBase64: b64(Buffer.from(csvOf(rows))) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('超过导入上限 5000 行');
    expect((await t.must('members.list', {})).total).toBe(0);
  });
});
