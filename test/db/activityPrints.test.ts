import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../db/export/pdf';
import { MIN_BLANK_ROWS, signInRowCount } from '../../db/export/signInSheetContent';
import { zhDate } from '../../shared/zhDates';
import { testArchive, type TestArchive } from '../helpers/archive';
import { docxText } from '../helpers/exportYear';

const YEAR = 2026;
const GROUP = '东湖镇政协联络组';
/** chen qiu shan xie zeng zhang: surnames read as surnames (曾 zēng, 单 shàn, 仇 qiú, 解 xiè). */
const PINYIN = ['陈一', '仇芳', '单磊', '解明', '曾伟', '张三'];
/** 按姓氏笔画: 仇 4; 张 and 陈 7 (张's second stroke 横 before 陈's 竖); 单 8; 曾 12; 解 13. */
const STROKES = ['仇芳', '张三', '陈一', '单磊', '曾伟', '解明'];
const SECTORS: Record<string, string> = {
  陈一: '经济界',
  仇芳: '农业界',
  单磊: '教育界',
  解明: '医卫界',
  曾伟: '工商联',
  张三: '无党派人士',
};
const LIAISON_PHONE = '13912345678';

const hasChromium = fs.existsSync(chromiumPath());
if (!hasChromium) console.log(`跳过 PDF 测试：没有找到 Chromium（${chromiumPath()}）`);

let t: TestArchive;
let meeting: number;
let empty: number;
let crowded: number;
let crowd: string[];

beforeAll(async () => {
  t = await testArchive();
  await t.must('group.update', { name: GROUP, currentYear: YEAR });
  const ids: Record<string, number> = {};
  // Entered in neither order.
  for (const name of ['张三', '曾伟', '解明', '单磊', '仇芳', '陈一'])
    ids[name] = (await t.must('members.create', { name, sector: SECTORS[name], phone: '13800138000' })).id;
  // The group's 联络员 is the notice's contact; not on the sheet.
  await t.must('members.create', { name: '李红', groupRole: 'liaison', phone: LIAISON_PHONE });
  meeting = (
    await t.must('activities.create', {
      type: 'consultation',
      title: '优化营商环境协商座谈会',
      startsOn: `${YEAR}-05-14`,
      startTime: '09:00',
      endTime: '11:30',
      place: '镇政府三楼会议室',
      content: '听取镇政府关于优化营商环境工作情况的通报。\n委员围绕企业用工、融资等问题协商议政。',
      status: 'planned',
      participants: Object.entries(ids).map(([name, memberId]) => ({
        memberId,
        attendance: name === '解明' ? ('excused' as const) : ('present' as const),
        leaveReason: name === '解明' ? '出差' : undefined,
        role: name === '陈一' ? '主持' : undefined,
      })),
    })
  ).id;
  empty = (
    await t.must('activities.create', { type: 'inspection', title: '农村人居环境视察', startsOn: `${YEAR}-06-03` })
  ).id;
  crowd = [];
  const crowdIds: number[] = [];
  for (let i = 0; i < 20; i++) {
    const name = `委员${String.fromCharCode(0x7532 + i)}${i}`;
    crowd.push(name);
    crowdIds.push((await t.must('members.create', { name, sector: '经济界' })).id);
  }
  crowded = (
    await t.must('activities.create', {
      type: 'study',
      title: '学习全国两会精神',
      startsOn: `${YEAR}-03-20`,
      place: '镇文化站',
      participants: crowdIds.map((memberId) => ({ memberId, attendance: 'present' as const })),
    })
  ).id;
  // Enough for a second page; the sheet prints them in the archive's own order, whatever it is.
  crowd = (await t.must('activities.get', { id: crowded })).participants.map((p) => p.memberName);
}, 120_000);
afterAll(() => t.close());

const documentXml = (file: string) => strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['word/document.xml']);

/** The text of each table row of a Word file, cell by cell. */
function docxRows(file: string): string[][] {
  const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return [...documentXml(file).matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => texts(tc[0])),
  );
}

/** Today as the notice's 落款 dates it, on this machine's clock. */
function today(): string {
  const d = new Date();
  return zhDate(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
}

const inOrder = (text: string, names: string[]) => names.map((n) => text.indexOf(n));
const ascending = (xs: number[]) => xs.every((x, i) => x >= 0 && (i === 0 || x > xs[i - 1]));

describe('会议通知 (Word)', () => {
  it('states title, 时间, 地点, 内容, the participants in name order, the 联络员 to call, and the group with the date', async () => {
    const r = await t.must('export.activityNotice', { activityId: meeting, format: 'docx' });
    const [file] = r.files;
    expect(file.name).toBe(`会议通知_优化营商环境协商座谈会_${meeting}.docx`);
    expect(file.path.startsWith(r.folder)).toBe(true);
    const text = docxText(fs.readFileSync(file.path));
    expect(text).toContain('关于召开优化营商环境协商座谈会的通知');
    expect(text).toContain('各位委员：');
    expect(text).toContain('一、时间：2026年5月14日（星期四）09:00—11:30');
    expect(text).toContain('二、地点：镇政府三楼会议室');
    expect(text).toContain('三、内容：听取镇政府关于优化营商环境工作情况的通报。');
    expect(text).toContain('委员围绕企业用工、融资等问题协商议政。');
    expect(text).toContain(`四、参加人员：${PINYIN.join('、')}（共6人）。`);
    expect(text).toContain(`联系人：李红，联系电话：${LIAISON_PHONE}。`);
    const lines = text.split('\n');
    const closing = lines.indexOf(GROUP);
    expect(closing).toBeGreaterThan(0);
    expect(lines[closing + 1]).toBe(today());
    // The participants' own numbers are never printed.
    expect(text).not.toContain('13800138000');
  });

  it('follows 设置 → 姓名排序 按姓氏笔画', async () => {
    await t.must('group.update', { nameOrder: 'strokes' });
    try {
      const r = await t.must('export.activityNotice', { activityId: meeting, format: 'docx' });
      expect(docxText(fs.readFileSync(r.files[0].path))).toContain(`四、参加人员：${STROKES.join('、')}（共6人）。`);
      const sheet = await t.must('export.signInSheet', { activityId: meeting, format: 'docx' });
      expect(
        docxRows(sheet.files[0].path)
          .slice(1, 7)
          .map((r) => r[1]),
      ).toEqual(STROKES);
    } finally {
      await t.must('group.update', { nameOrder: 'pinyin' });
    }
  });

  it('says the participants are to follow when none are entered yet, and 开展 for an inspection', async () => {
    const r = await t.must('export.activityNotice', { activityId: empty, format: 'docx' });
    const text = docxText(fs.readFileSync(r.files[0].path));
    expect(text).toContain('关于开展农村人居环境视察的通知');
    expect(text).toContain('四、参加人员：参加人员名单另行通知。');
    expect(text).toContain('二、地点：另行通知');
    expect(text).not.toContain('（共0人）');
  });
});

describe('签到表 (Word)', () => {
  it('has 序号 · 姓名 · 界别 · 签到 · 备注, a header repeated on each page, the participants in name order, then numbered blank rows', async () => {
    const r = await t.must('export.signInSheet', { activityId: meeting, format: 'docx' });
    const [file] = r.files;
    expect(file.name).toBe(`签到表_优化营商环境协商座谈会_${meeting}.docx`);
    const text = docxText(fs.readFileSync(file.path));
    expect(text).toContain('签到表');
    expect(text).toContain('活动名称：优化营商环境协商座谈会');
    expect(text).toContain('时间：2026年5月14日（星期四）09:00—11:30');
    expect(text).toContain('地点：镇政府三楼会议室');
    const rows = docxRows(file.path);
    expect(rows[0]).toEqual(['序号', '姓名', '界别', '签到', '备注']);
    const body = rows.slice(1);
    expect(body.slice(0, 6).map((r) => r[1])).toEqual(PINYIN);
    expect(body.slice(0, 6).map((r) => r[2])).toEqual(PINYIN.map((n) => SECTORS[n]));
    expect(body.map((r) => r[0])).toEqual(body.map((_, i) => String(i + 1)));
    // The signature column is empty; 备注 has the leave asked for and the member's part.
    expect(body.every((r) => r[3] === '')).toBe(true);
    expect(body[PINYIN.indexOf('解明')][4]).toBe('请假（出差）');
    expect(body[PINYIN.indexOf('陈一')][4]).toBe('主持');
    const blank = body.slice(6);
    expect(blank.length).toBeGreaterThanOrEqual(MIN_BLANK_ROWS);
    expect(blank.every((r) => r[1] === '' && r[2] === '' && r[4] === '')).toBe(true);
    const xml = documentXml(file.path);
    // The header row repeats on each page; rows are tall enough to sign and never split.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toMatch(/<w:trHeight w:val="737" w:hRule="atLeast"\/>/);
  });

  it('is blank rows only, filling the page, for an activity without participants', async () => {
    const r = await t.must('export.signInSheet', { activityId: empty, format: 'docx' });
    const body = docxRows(r.files[0].path).slice(1);
    expect(body.length).toBe(signInRowCount(0, 3).rows);
    expect(body.every((row) => row.slice(1).every((c) => c === ''))).toBe(true);
  });

  it('refuses an activity that does not exist, in Chinese', async () => {
    const r = await t.call('export.signInSheet', { activityId: 99_999, format: 'docx' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/活动/);
  });
});

describe('filling the 签到表', () => {
  it('adds blank rows to the foot of the last page, never fewer than the minimum', () => {
    const one = signInRowCount(0, 3);
    expect(one.pages).toBe(1);
    expect(signInRowCount(one.rows - MIN_BLANK_ROWS, 3)).toEqual(one);
    const two = signInRowCount(one.rows - MIN_BLANK_ROWS + 1, 3);
    expect(two.pages).toBe(2);
    expect(two.rows).toBeGreaterThan(one.rows + MIN_BLANK_ROWS);
    // A longer header leaves fewer rows on the first page.
    expect(signInRowCount(0, 5).rows).toBeLessThan(one.rows);
  });
});

const pdfText = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'])
    .toString()
    .replace(/\s+/g, '');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);

describe.skipIf(!hasChromium)('会议通知 and 签到表 (PDF, headless Chromium)', () => {
  it('prints the notice on one page: title, participants in name order, 落款', async () => {
    const r = await t.must('export.activityNotice', { activityId: meeting, format: 'pdf' });
    const file = r.files[0].path;
    expect(r.files[0].name.endsWith('.pdf')).toBe(true);
    const text = pdfText(file);
    expect(text).toContain('关于召开优化营商环境协商座谈会的通知');
    expect(text).toContain(PINYIN.join('、'));
    expect(text).toContain(`联系人：李红，联系电话：${LIAISON_PHONE}`);
    expect(text).toContain(GROUP);
    expect(text).toContain(today());
    expect(pageCount(file)).toBe(1);
  }, 180_000);

  it('prints the sheet with the participants in order on as many pages as it fills', async () => {
    const r = await t.must('export.signInSheet', { activityId: meeting, format: 'pdf' });
    const file = r.files[0].path;
    const text = pdfText(file);
    expect(text).toContain('签到表');
    expect(text).toContain('活动名称：优化营商环境协商座谈会');
    expect(text).toContain('序号姓名界别签到备注');
    expect(ascending(inOrder(text, PINYIN))).toBe(true);
    expect(pageCount(file)).toBe(1);
  }, 180_000);

  it('repeats the header on the second page of a long sheet, and fills it', async () => {
    const r = await t.must('export.signInSheet', { activityId: crowded, format: 'pdf' });
    const file = r.files[0].path;
    const expected = signInRowCount(crowd.length, 3);
    expect(expected.pages).toBe(2);
    expect(pageCount(file)).toBe(2);
    expect(pdfText(file, 2)).toContain('序号姓名界别签到备注');
    expect(pdfText(file, 2)).toContain(String(expected.rows));
    expect(ascending(inOrder(pdfText(file), crowd))).toBe(true);
  }, 180_000);

  it('prints an empty sheet on one page', async () => {
    const r = await t.must('export.signInSheet', { activityId: empty, format: 'pdf' });
    expect(pageCount(r.files[0].path)).toBe(1);
  }, 180_000);
});
