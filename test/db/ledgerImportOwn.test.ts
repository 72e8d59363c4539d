import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { b64, tsvOf, utf16le } from '../fixtures/imports/rosterFiles';
import { testArchive, type TestArchive } from '../helpers/archive';

/** The project's own 活动台账 (年度台账's sheet) and Excel's "Unicode 文本", brought in as past years. */

let from: TestArchive;
let to: TestArchive;
beforeEach(async () => {
  [from, to] = [await testArchive(), await testArchive()];
});
afterEach(() => {
  from.close();
  to.close();
});

/** The ledger's row as exported and as it comes back (the fields a ledger row carries). */
const visit = {
  type: 'inspection' as const,
  title: '视察华屏苑老旧小区改造',
  startsOn: '2025-05-14',
  startTime: '09:00',
  endTime: '11:30',
  place: '华屏苑小区',
  responsible: '张伟',
  organiser: 'XX镇政协联络组',
  collective: false,
};

describe('往年活动台账导入 of the project’s own ledger', () => {
  it('brings back the activities of an exported 年度台账 into another archive; the head counts name nobody and say so', async () => {
    const zhang = await from.must('members.create', { name: '张伟' });
    await from.must('activities.create', {
      ...visit,
      suggestionsCount: 3,
      reportTitle: '关于老旧小区改造的调研报告',
      participants: [{ memberId: zhang.id, attendance: 'present' }],
    });
    await from.must('activities.create', { type: 'study', title: '学习会', startsOn: '2025-03-02' });
    const exported = await from.must('export.ledgers', { year: 2025 });
    const file = exported.files[0];
    const data = { fileName: file.name, dataBase64: b64(fs.readFileSync(file.path)) };

    const preview = await to.must('activities.previewLedgerImport', data);
    expect(preview).toMatchObject({ good: 2, bad: 0, headersMissing: [], headersUnknown: [] });
    expect(preview.rows[1].readNotes).toEqual(['台账只有人数（出席 1、请假 0、缺席 0），没有姓名，未记出勤']);
    expect(await to.must('activities.importLedger', data)).toMatchObject({ imported: 2, attendance: 0 });
    const list = await to.must('activities.list', { year: 2025, orderBy: 'dateAsc' });
    /** The fields a ledger row carries, those of `visit`. */
    const pick = (a: (typeof list.items)[0]) =>
      Object.fromEntries(Object.keys(visit).map((k) => [k, a[k as keyof typeof visit]]));
    expect(list.items.map(pick)).toEqual([
      {
        type: 'study',
        title: '学习会',
        startsOn: '2025-03-02',
        startTime: null,
        endTime: null,
        place: null,
        responsible: null,
        organiser: null,
        collective: true,
      },
      visit,
    ]);
    expect([list.items[1].suggestionsCount, list.items[1].reportTitle]).toEqual([3, '关于老旧小区改造的调研报告']);
  });

  it('reads Excel’s “Unicode 文本” (UTF-16, tab-separated) with a year column', async () => {
    await to.must('members.create', { name: '张伟' });
    const text = tsvOf([
      ['年度', '时间', '活动内容', '参加人员'],
      ['2022', '3月下旬', '协商座谈：镇区交通', '张伟'],
    ]);
    const preview = await to.must('activities.previewLedgerImport', {
      fileName: '台账.txt',
      dataBase64: b64(utf16le(text)),
    });
    expect(preview.rows.map((r) => [r.startsOn, r.type, r.title, r.readNotes])).toEqual([
      [
        '2022-03-25',
        'consultation',
        '协商座谈：镇区交通',
        ['年份取自“年度”列（2022年）；3月下旬按 25 日记', '未填活动类型，按名称中的“协商座谈”记为“协商座谈”'],
      ],
    ]);
  });
});
