import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../shared/transport';
import { createDispatcher } from '../../db/dispatcher';
import { CONTENTS_TITLE } from '../../db/export/blocks';
import {
  docxParts,
  docxText,
  exportYear,
  ID_NUMBER,
  mustName,
  PHONE,
  png,
  YEAR,
  type ExportYear,
} from '../helpers/exportYear';

let y: ExportYear;
let volume: { path: string; bytes: number; name: string };
let text: string;
beforeAll(async () => {
  y = await exportYear();
  const r = await y.t.must('export.volume', { year: YEAR, format: 'docx' });
  volume = r.files[0];
  text = docxText(fs.readFileSync(volume.path));
}, 120_000);
afterAll(() => y.t.close());

const sections = [
  '一、委员名册',
  '二、年度工作计划',
  '三、活动记录',
  '四、“八个一”履职完成情况',
  '五、提案',
  '六、社情民意',
  '七、委员先进事迹',
  '八、半年小结与年度总结',
  '附：委员履职档案',
];

/** Where each line first appears as a paragraph of its own (the contents list comes before the parts). */
const headingAt = (line: string) => text.split('\n').lastIndexOf(line);

describe('export.volume as Word', () => {
  it('writes the volume into the exports folder beside the archive and says where', () => {
    expect(volume.path).toBe(path.join(`${y.t.file}.exports`, String(YEAR), `${YEAR}年度履职档案.docx`));
    expect(fs.statSync(volume.path).size).toBe(volume.bytes);
    expect(fs.readdirSync(path.dirname(volume.path)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('holds the cover, the contents and the parts 一–八 then the members’ files, in order', () => {
    const group = y.t.archive.db.prepare('SELECT name, parent_committee AS parent FROM group_settings').get() as {
      name: string;
      parent: string;
    };
    const cover = text.slice(0, text.indexOf(CONTENTS_TITLE));
    for (const line of [group.name, `${YEAR}年度`, '履职档案', `上级政协：${group.parent}`])
      expect(cover).toContain(line);
    expect(cover).toMatch(/编制日期：\d{4}年\d{1,2}月\d{1,2}日/);
    const lines = text.split('\n');
    const contents = lines.indexOf(CONTENTS_TITLE);
    const positions = sections.map(headingAt);
    expect(contents).toBeGreaterThan(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The contents list every part before the first part starts.
    for (const [i, s] of sections.entries()) expect(lines.indexOf(s)).toBe(contents + 1 + i);
    expect(positions[0]).toBeGreaterThan(contents + sections.length);
  });

  it('names every serving member and every held activity, with each member’s own file', async () => {
    const { members, activities } = await mustName(y.t);
    expect(members.length).toBeGreaterThanOrEqual(25);
    expect(activities.length).toBeGreaterThanOrEqual(20);
    for (const name of members) expect(text).toContain(`${name}委员${YEAR}年度履职档案`);
    for (const title of activities) expect(text).toContain(title);
    const cancelled = (await y.t.must('activities.list', { year: YEAR, status: 'cancelled' })).items;
    expect(cancelled.length).toBeGreaterThan(0);
    for (const a of cancelled) expect(text).not.toContain(a.title);
  });

  it('lays the page out as an official document: A4, 37/35/28/26 mm margins, GB/T 9704 fonts, page numbers', () => {
    const parts = docxParts(fs.readFileSync(volume.path));
    const xml = strFromU8(parts['word/document.xml']);
    const sizes = xml.match(/<w:pgSz [^>]*>/g) ?? [];
    expect(sizes.length).toBe(2);
    for (const s of sizes) expect(s).toContain('w:w="11906" w:h="16838"');
    const margins = xml.match(/<w:pgMar [^>]*>/g) ?? [];
    for (const m of margins) expect(m).toContain('w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312'])
      expect(xml.includes(`w:eastAsia="${font}"`)).toBe(true);
    expect(strFromU8(parts['word/styles.xml'])).toContain('w:eastAsia="仿宋_GB2312"');
    expect(strFromU8(parts['word/settings.xml'])).toContain('<w:evenAndOddHeaders');
    const footers = Object.keys(parts).filter((k) => /^word\/footer\d+\.xml$/.test(k));
    expect(footers.length).toBe(2);
    for (const f of footers) expect(strFromU8(parts[f])).toContain('PAGE');
    // Each member's file and each part starts on a new page.
    expect((xml.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBeGreaterThanOrEqual(9 + 25);
  });

  it('puts the activity’s photos into the Word file', () => {
    const media = Object.keys(docxParts(fs.readFileSync(volume.path))).filter((k) => k.startsWith('word/media/'));
    expect(media.length).toBe(2);
    expect(text).toContain('图1：委员实地察看');
  });

  it('stores the photos in the Word file as they are, uncompressed: the attached bytes, not a stand-in', () => {
    const bytes = new Uint8Array(fs.readFileSync(volume.path));
    const stored: Record<string, number> = {};
    unzipSync(bytes, {
      filter: (f) => {
        stored[f.name] = f.compression;
        return false;
      },
    });
    const media = Object.entries(docxParts(Buffer.from(bytes))).filter(([k]) => k.startsWith('word/media/'));
    const attached = [png(160, 120, [200, 60, 60]), png(160, 120, [60, 120, 200])].map((b) => b.toString('hex'));
    expect(media.map(([, data]) => Buffer.from(data).toString('hex')).sort()).toEqual(attached.sort());
    expect(media.map(([k]) => stored[k])).toEqual([0, 0]);
    expect(stored['word/document.xml']).toBe(8);
  });

  it('masks phone and ID numbers by default and shows them in full only when asked', async () => {
    expect(text).toContain('138****5678');
    expect(text).toContain('1101**********002X');
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(ID_NUMBER);

    const full = (await y.t.must('export.volume', { year: YEAR, format: 'docx', maskPersonal: false })).files[0];
    expect(full.name).toContain('含完整手机号身份证号');
    const fullText = docxText(fs.readFileSync(full.path));
    expect(fullText).toContain(PHONE);
    expect(fullText).toContain(ID_NUMBER);
    expect(fullText).not.toContain('138****5678');
  });

  it('reports its progress to the caller, ending at 1', async () => {
    const seen: Progress[] = [];
    const r = await createDispatcher(y.t.archive)('export.volume', { year: YEAR, format: 'docx' }, (p) => seen.push(p));
    expect(r.ok).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((p) => p.task === 'export.volume')).toBe(true);
    expect(seen.at(-1)?.fraction).toBe(1);
  });

  it('compiles a year with nothing recorded yet, saying what is missing', async () => {
    const empty = (await y.t.must('export.volume', { year: YEAR + 3, format: 'docx' })).files[0];
    const words = docxText(fs.readFileSync(empty.path));
    for (const line of ['本年度未录入计划事项。', '本年度无提案。', '本年度尚未撰写年度工作总结。'])
      expect(words).toContain(line);
    expect(words).toContain('本年度开展活动 0 次');
  });

  it('refuses a format it cannot write and writes nothing', async () => {
    const folder = path.join(`${y.t.file}.exports`, String(YEAR));
    const before = fs.readdirSync(folder).sort();
    const r = await y.t.call('export.volume', { year: YEAR, format: 'doc' as 'docx' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.message).toContain('导出格式');
    }
    expect(fs.readdirSync(folder).sort()).toEqual(before);
  });
});

describe('export.memberFile as Word', () => {
  it('writes one member’s year: basics, duties, the activities they were on, masked numbers', async () => {
    const r = await y.t.must('export.memberFile', { memberId: y.memberId, year: YEAR, format: 'docx' });
    const [file] = r.files;
    expect(path.dirname(file.path)).toBe(r.folder);
    expect(file.name).toMatch(new RegExp(`^${YEAR}年度履职档案_.+_${y.memberId}\\.docx$`));
    const own = docxText(fs.readFileSync(file.path));
    const dutyFile = await y.t.must('members.dutyFile', { memberId: y.memberId, year: YEAR });
    expect(own).toContain(`${dutyFile.member.name}委员${YEAR}年度履职档案`);
    expect(dutyFile.activities.length).toBeGreaterThan(0);
    for (const a of dutyFile.activities) expect(own).toContain(a.title);
    expect(own).toContain('138****5678');
    expect(own).not.toContain(PHONE);
    // Only this member's file: no other member's file title.
    expect(own.match(/委员\d{4}年度履职档案/g)).toHaveLength(1);
  });

  it('writes dates short enough for their table columns: 出生年月 as 1979.05, the year’s dates without the year', async () => {
    const dutyFile = await y.t.must('members.dutyFile', { memberId: y.memberId, year: YEAR });
    const birth = dutyFile.member.birthDate!;
    const [by, bm] = [birth.slice(0, 4), Number(birth.slice(5, 7))];
    // The volume's roster.
    expect(text).toContain(`\n${birth.slice(0, 4)}.${birth.slice(5, 7)}\n`);
    const r = await y.t.must('export.memberFile', { memberId: y.memberId, year: YEAR, format: 'docx' });
    const own = docxText(fs.readFileSync(r.files[0].path));
    expect(own).toContain(`\n${by}年${bm}月\n`);
    const a = dutyFile.activities[0];
    const [m, d] = [Number(a.startsOn.slice(5, 7)), Number(a.startsOn.slice(8, 10))];
    expect(own).toContain(`\n${m}月${d}日\n${a.title}\n`);
    expect(own).not.toContain(`${YEAR}年${m}月${d}日\n${a.title}`);
  });

  it('says so in Chinese for a member who does not exist, writing nothing', async () => {
    const r = await y.t.call('export.memberFile', { memberId: 99999, year: YEAR, format: 'docx' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NOT_FOUND');
      expect(r.error.message).toContain('委员');
    }
  });
});
