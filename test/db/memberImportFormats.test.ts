import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupDirFor } from '../../db/archive';
import {
  b64,
  csvOf,
  GOOD_ROWS,
  HEADERS,
  tsvOf,
  UTF8_BOM,
  utf16be,
  utf16le,
  xlsOf,
  xlsxOf,
  xlsxUnderTitle,
} from '../fixtures/imports/rosterFiles';
import { archiveEach } from '../helpers/archiveEach';

/** Rosters as clerks actually save them: Excel's "Unicode 文本", tab-separated text, old .xls, cleaned values. */

const t = archiveEach();

const members = () => (t.archive.db.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
const backups = () =>
  fs.existsSync(backupDirFor(t.file))
    ? fs.readdirSync(backupDirFor(t.file)).filter((f) => f.startsWith('pre-import-'))
    : [];
const fileOf = (fileName: string, data: Buffer) => ({ fileName, dataBase64: b64(data) });

async function importsTheThree(f: { fileName: string; dataBase64: string }) {
  const preview = await t.must('members.importPreview', f);
  expect(preview).toMatchObject({ good: 3, bad: 0, headersMissing: [], headersUnknown: [] });
  expect(preview.rows.map((r) => [r.line, r.input.name, r.input.birthDate, r.input.linkedCommunity ?? null])).toEqual([
    [2, '张伟', '1970-05-14', '东村'],
    [3, '李红', '1982-03', '西社区'],
    [4, '王建国', '1965-11-02', null],
  ]);
  // The preview writes nothing: no member, no backup.
  expect(members()).toBe(0);
  expect(backups()).toEqual([]);
  expect((await t.must('members.importCommit', f)).imported).toBe(3);
  const list = await t.must('members.list', { orderBy: 'createdAt' });
  expect(list.items.map((m) => [m.name, m.workUnit, m.phone])).toEqual([
    ['张伟', 'XX镇XX公司 总经理', '13800138000'],
    ['李红', 'XX镇中心小学', '13900139000'],
    ['王建国', 'XX合作社', '0571-87654321'],
  ]);
}

describe('roster text files in every encoding and separator clerks save', () => {
  const tsv = tsvOf([HEADERS, ...GOOD_ROWS]);
  it('imports Excel’s “Unicode 文本” (UTF-16LE with a byte-order mark, tab-separated)', () =>
    importsTheThree(fileOf('名册.txt', utf16le(tsv))));
  it('imports UTF-16BE with a byte-order mark', () => importsTheThree(fileOf('名册.txt', utf16be(tsv))));
  it('imports tab-separated UTF-8 without a byte-order mark', () =>
    importsTheThree(fileOf('名册.txt', Buffer.from(tsv))));
  it('imports tab-separated UTF-8 with a byte-order mark, named .csv', () =>
    importsTheThree(fileOf('名册.csv', Buffer.concat([UTF8_BOM, Buffer.from(tsv)]))));
  it('imports UTF-16LE comma-separated CSV', () =>
    importsTheThree(fileOf('名册.csv', utf16le(csvOf([HEADERS, ...GOOD_ROWS])))));

  it('keeps quoted tab-separated fields holding tabs, commas and line breaks, under a title row', async () => {
    const text = tsvOf([
      ['XX镇政协委员名册', '', ''],
      ['姓名', '地址', '备注'],
      ['张伟', 'XX镇, 人民路1号', '第一行\n第二行'],
      ['李红', '东\t村', '说"好"的'],
    ]);
    const preview = await t.must('members.importPreview', fileOf('名册.txt', utf16le(text)));
    expect(preview.rows.map((r) => [r.line, r.input.name, r.input.address, r.input.notes])).toEqual([
      [3, '张伟', 'XX镇, 人民路1号', '第一行\n第二行'],
      [4, '李红', '东\t村', '说"好"的'],
    ]);
  });
});

describe('old binary Excel (.xls)', () => {
  it('imports a BIFF8 workbook, with its dates and numbers as Excel shows them', async () => {
    const rows = [HEADERS, ...GOOD_ROWS].map((r) => [...r]) as unknown[][];
    rows[1][2] = new Date(Date.UTC(1970, 4, 14));
    rows[1][9] = 13800138000;
    await importsTheThree(fileOf('名册.xls', xlsOf(rows)));
  });

  it('finds the roster under a merged title and a blank row', async () => {
    const data = xlsOf([['XX镇政协委员名册'], [], ['序号', '姓名', '手机号'], [1, '张伟', '138 0013 8000']]);
    const preview = await t.must('members.importPreview', fileOf('名册.xls', data));
    expect(preview.rows.map((r) => [r.line, r.input.name, r.input.phone])).toEqual([[4, '张伟', '13800138000']]);
  });

  const refused = async (fileName: string, data: Buffer, words: string) => {
    for (const m of ['members.importPreview', 'members.importCommit'] as const) {
      const r = await t.call(m, fileOf(fileName, data));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_INPUT');
        expect(r.error.message).toContain(words);
      }
    }
    expect(members()).toBe(0);
    expect(backups()).toEqual([]);
  };

  it('refuses a truncated .xls', () => {
    const whole = xlsOf([HEADERS, ...GOOD_ROWS]);
    return refused('名册.xls', whole.subarray(0, Math.floor(whole.length / 2)), '不是完整的 Excel（.xls）文件');
  });
  it('refuses the 8-byte start of an .xls', () =>
    refused('名册.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '不是完整的 Excel（.xls）文件'));
  it('refuses a web page saved with an .xls name, without reading it as a sheet', () =>
    refused(
      '名册.xls',
      Buffer.from('<html><body><table><tr><td>姓名</td></tr><tr><td>张伟</td></tr></table></body></html>'),
      '网页（HTML）',
    ));
  it('refuses a web page under a text name too', () =>
    refused(
      '名册.csv',
      Buffer.from('\n<!DOCTYPE html><table><tr><td>姓名</td></tr></table>'),
      '网页（HTML）文件，只是扩展名为 .csv',
    ));
  it('refuses a zero-byte .xls', () => refused('名册.xls', Buffer.alloc(0), '空文件'));
  it('refuses an .xls of more than 5,000 rows', () => {
    const rows = [['姓名'], ...Array.from({ length: 5_100 }, (_, i) => [`委员${i}`])];
    return refused('大名册.xls', xlsOf(rows), '超过导入上限 5000 行');
  });
});

describe('values cleaned as the clerk would', () => {
  it('cleans phones of full-width digits, spaces, dashes, dots and +86, noting each change on the row', async () => {
    const typed = [
      '１３８００１３８０００',
      '138 0013 8000',
      '138-0013-8000',
      '138.0013.8000',
      '+86 138 0013 8000',
      '86-13800138000',
      '13800138000',
    ];
    const f = fileOf('名册.csv', Buffer.from(csvOf([['姓名', '手机号'], ...typed.map((p, i) => [`委员${i}`, p])])));
    const preview = await t.must('members.importPreview', f);
    expect(preview).toMatchObject({ good: 7, bad: 0 });
    expect(preview.rows.map((r) => r.input.phone)).toEqual(typed.map(() => '13800138000'));
    expect(preview.rows[1].cleaned).toEqual([
      { field: 'phone', label: '手机号', message: '手机号已整理：138 0013 8000 → 13800138000' },
    ]);
    expect(preview.rows[0].cleaned?.[0].message).toBe('手机号已整理：１３８００１３８０００ → 13800138000');
    expect(preview.rows[6].cleaned ?? []).toEqual([]);
  });

  it('cleans a landline written with full-width digits or brackets, and still refuses a short number', async () => {
    const f = fileOf(
      '名册.csv',
      Buffer.from(
        csvOf([
          ['姓名', '联系电话'],
          ['张伟', '０５７１－８７６５４３２１'],
          ['李红', '(0571)87654321'],
          ['王五', '138 0013'],
        ]),
      ),
    );
    const rows = (await t.must('members.importPreview', f)).rows;
    expect(rows.map((r) => r.input.phone)).toEqual(['0571-87654321', '0571-87654321', '138 0013']);
    expect(rows[2].errors.map((e) => e.label)).toEqual(['联系电话']);
  });

  it('reads birth dates in the clerks’ forms, Excel serial numbers included, keeping month-only dates month-only', async () => {
    const typed: [string, string][] = [
      ['25430', '1969-08-15'],
      ['1969.08', '1969-08'],
      ['1969-8', '1969-08'],
      ['1969年8月', '1969-08'],
      ['196908', '1969-08'],
      ['1969/8/15', '1969-08-15'],
      ['1969年8月15日', '1969-08-15'],
      ['１９６９年８月', '1969-08'],
    ];
    const f = fileOf('名册.csv', Buffer.from(csvOf([['姓名', '出生年月'], ...typed.map(([d], i) => [`委员${i}`, d])])));
    const preview = await t.must('members.importPreview', f);
    expect(preview.rows.map((r) => [r.input.birthDate, r.errors])).toEqual(typed.map(([, iso]) => [iso, []]));
    expect(preview.rows[0].cleaned).toEqual([
      { field: 'birthDate', label: '出生年月', message: '出生年月按 Excel 日期序号读取：25430 → 1969-08-15' },
    ]);
    await t.must('members.importCommit', f);
    const stored = (await t.must('members.list', { orderBy: 'createdAt' })).items.map((m) => m.birthDate);
    expect(stored).toEqual(typed.map(([, iso]) => iso));
  });

  it('reads an Excel serial date stored as a number in an .xlsx and an .xls', async () => {
    for (const [fileName, data] of [
      [
        '名册.xlsx',
        await xlsxOf([
          ['姓名', '出生日期'],
          ['张伟', 25430],
        ]),
      ],
      [
        '名册.xls',
        xlsOf([
          ['姓名', '出生日期'],
          ['张伟', 25430],
        ]),
      ],
    ] as const) {
      const [row] = (await t.must('members.importPreview', fileOf(fileName, data))).rows;
      expect(row).toMatchObject({ errors: [], input: { name: '张伟', birthDate: '1969-08-15' } });
    }
  });
});

describe('header rows under merged titles', () => {
  it('finds the header row under a merged title row and a blank row in an .xlsx', async () => {
    const data = await xlsxUnderTitle('XX镇政协委员名册', [
      ['序号', '委员姓名', '性别', '手机号码', '出生年月'],
      [1, '张伟', '男', '138-0013-8000', '1969.08'],
      [2, '李红', '女', '13900139000', '1982年3月'],
    ]);
    const preview = await t.must('members.importPreview', fileOf('名册.xlsx', data));
    expect(preview).toMatchObject({ good: 2, bad: 0, headersMissing: [], headersUnknown: [] });
    expect(preview.rows.map((r) => [r.line, r.input.name, r.input.phone, r.input.birthDate])).toEqual([
      [4, '张伟', '13800138000', '1969-08'],
      [5, '李红', '13900139000', '1982-03'],
    ]);
  });

  it('prefers the row with the most known headers over a hint row that names one', async () => {
    const data = await xlsxOf([
      ['XX镇政协委员名册'],
      ['姓名', '请按实际填写'],
      ['姓名', '性别', '联系电话'],
      ['张伟', '男', '13800138000'],
    ]);
    const preview = await t.must('members.importPreview', fileOf('名册.xlsx', data));
    expect(preview.rows.map((r) => [r.line, r.input.name, r.input.gender])).toEqual([[4, '张伟', 'male']]);
  });
});
