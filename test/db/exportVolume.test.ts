import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../shared/transport';
import { createDispatcher } from '../../db/dispatcher';
import { yearItems } from '../../db/filing/yearItems';
import { packageDataDigest } from '../../db/package/packageData';
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

const appendices = [
  '附录一\u3000委员名册',
  '附录二\u3000年度计划落实情况',
  '附录三\u3000“八个一”履职完成情况',
  '附录四\u3000提案办理情况',
  '附录五\u3000社情民意报送和采用情况',
  '附录六\u3000委员履职档案',
];

describe('export.volume as Word', () => {
  it('writes the volume into the exports folder beside the archive and says where', () => {
    expect(volume.path).toBe(path.join(`${y.t.file}.exports`, String(YEAR), `${YEAR}年度履职档案.docx`));
    expect(fs.statSync(volume.path).size).toBe(volume.bytes);
    expect(fs.readdirSync(path.dirname(volume.path)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('files the year as DA/T 22 items: cover, 卷内目录 (a TOC field), the items in 档号 order with their 归档章, appendices, 备考表', () => {
    const group = y.t.archive.db.prepare('SELECT name, parent_committee AS parent, term FROM group_settings').get() as {
      name: string;
      parent: string;
      term: string;
    };
    const items = yearItems(y.t.archive.db, YEAR);
    expect(items.length).toBeGreaterThan(20);
    const lines = text.split('\n');
    const contents = lines.indexOf('卷内目录');
    expect(contents).toBeGreaterThan(0);
    const cover = lines.slice(0, contents).join('\n');
    for (const line of [
      group.name,
      `${YEAR}年度`,
      '履职档案',
      '全宗名称',
      '起止日期',
      '保管期限',
      '件数',
      `${items.length} 件`,
      '页数',
      '档号',
      '届次',
      group.term,
      group.parent,
    ])
      expect(cover).toContain(line);
    expect(cover).toContain(items[0].archivalCode);
    expect(cover).toMatch(/\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日/);
    // Each item's title as a heading 1, in catalogue order, after the contents; then the appendices; the 备考表 last.
    const after = (line: string, from: number) => lines.indexOf(line, from);
    let at = contents;
    for (const it of items) {
      const next = after(it.title, at + 1);
      expect(next, it.title).toBeGreaterThan(at);
      at = next;
    }
    for (const a of appendices) {
      const next = after(a, at + 1);
      expect(next, a).toBeGreaterThan(at);
      at = next;
    }
    expect(lines.lastIndexOf('备考表')).toBeGreaterThan(at);
  });

  it('holds the 卷内目录 as a TOC field over heading styles with outline levels, updated when Word opens it', () => {
    const parts = docxParts(fs.readFileSync(volume.path));
    const xml = strFromU8(parts['word/document.xml']);
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-1&quot;/);
    const styles = strFromU8(parts['word/styles.xml']);
    for (const [level, outline] of [
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 3],
    ]) {
      const style =
        styles.match(new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[\\s\\S]*?</w:style>`))?.[0] ?? '';
      expect(style, `Heading${level}`).toContain(`<w:outlineLvl w:val="${outline}"/>`);
      expect(style).toContain('<w:keepNext/>');
    }
    expect(strFromU8(parts['word/settings.xml'])).toContain('<w:updateFields');
    // Every item's title is a heading 1 the TOC lists, once; levels follow in order (no heading 3 before a heading 2).
    const paragraphs = xml.split('</w:p>');
    const levelOf = (p: string) => Number(p.match(/<w:pStyle w:val="Heading(\d)"\/>/)?.[1] ?? 0);
    let last = 0;
    for (const p of paragraphs) {
      const l = levelOf(p);
      if (!l) continue;
      expect(l, p.slice(-200)).toBeLessThanOrEqual(last + 1);
      last = l;
    }
    const items = yearItems(y.t.archive.db, YEAR);
    const h1 = paragraphs
      .filter((p) => levelOf(p) === 1)
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    for (const it of items) expect(h1.filter((t) => t === it.title.replace(/&/g, '&amp;')).length, it.title).toBe(1);
  });

  it('puts an 归档章 before each item: 全宗号, 年度, 件号, 机构（问题）, 保管期限 and the section’s page count', () => {
    const xml = strFromU8(docxParts(fs.readFileSync(volume.path))['word/document.xml']);
    const items = yearItems(y.t.archive.db, YEAR);
    expect((xml.match(/SECTIONPAGES/g) ?? []).length).toBe(items.length);
    const first = items[0];
    const stampAt = xml.indexOf(`<w:t xml:space="preserve">${String(first.itemNo).padStart(4, '0')}</w:t>`);
    expect(stampAt).toBeGreaterThan(0);
    const around = [...xml.slice(stampAt - 3000, stampAt + 3000).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(
      (m) => m[1],
    );
    for (const v of [String(YEAR), first.orgCode, first.retentionLabel]) expect(around).toContain(v);
  });

  it('ends with the 备考表: counts of items, pages and photos, what is missing, 立卷人/检查人/日期 lines', async () => {
    const notes = text.slice(text.lastIndexOf('备考表'));
    const items = yearItems(y.t.archive.db, YEAR);
    expect(notes).toContain(`本卷共 ${items.length} 件`);
    expect(notes).toContain('照片 2 张');
    expect(notes).toContain('缺少或待补');
    expect(notes).toContain('社情民意报送');
    expect(notes).toMatch(/立卷人：.*日期：/);
    expect(notes).toMatch(/检查人：.*日期：/);
    expect(notes).toContain('SHA-256');
    // The digest of the package's data as the archive stands: the signed paper binds the package.
    expect(notes).toContain(await packageDataDigest(y.t.archive, YEAR));
  });

  it('declares the official fonts with their fallbacks in the East Asian charset, on a 28 × 22 grid, justified', () => {
    const parts = docxParts(fs.readFileSync(volume.path));
    const fonts = strFromU8(parts['word/fontTable.xml']);
    for (const [font, alt] of [
      ['仿宋_GB2312', '仿宋'],
      ['方正小标宋简体', '宋体'],
      ['楷体_GB2312', '楷体'],
      ['仿宋', 'FangSong'],
      ['楷体', 'KaiTi'],
    ]) {
      const entry = fonts.match(new RegExp(`<w:font w:name="${font}">.*?</w:font>`))?.[0] ?? '';
      expect(entry, font).toContain(`<w:altName w:val="${alt}"/>`);
      expect(entry).toContain('<w:charset w:val="86"/>');
    }
    const xml = strFromU8(parts['word/document.xml']);
    const grids = xml.match(/<w:docGrid [^>]*>/g) ?? [];
    expect(grids.length).toBeGreaterThan(2);
    for (const g of grids) {
      expect(g).toContain('w:type="linesAndChars"');
      expect(g).toContain('w:linePitch="579"');
      // 156 mm / 28 characters = 15.79 pt a character: 16 pt − 0.21 pt, in 1/4096 pt.
      expect(g).toMatch(/w:charSpace="-8\d\d"/);
    }
    expect(strFromU8(parts['word/styles.xml'])).toMatch(
      /<w:docDefaults>[\s\S]*<w:jc w:val="both"\/>[\s\S]*<\/w:docDefaults>/,
    );
    for (const f of Object.keys(parts).filter((k) => /^word\/footer\d+\.xml$/.test(k)))
      expect(strFromU8(parts[f])).toContain('w:eastAsia="宋体"');
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
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const s of sizes) expect(s).toContain('w:w="11906" w:h="16838"');
    const margins = xml.match(/<w:pgMar [^>]*>/g) ?? [];
    for (const m of margins) expect(m).toContain('w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    const styles = strFromU8(parts['word/styles.xml']);
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312'])
      expect(styles.includes(`w:eastAsia="${font}"`) || xml.includes(`w:eastAsia="${font}"`)).toBe(true);
    expect(strFromU8(parts['word/styles.xml'])).toContain('w:eastAsia="仿宋_GB2312"');
    expect(strFromU8(parts['word/settings.xml'])).toContain('<w:evenAndOddHeaders');
    const footers = Object.keys(parts).filter((k) => /^word\/footer\d+\.xml$/.test(k));
    expect(footers.length).toBe(2);
    for (const f of footers) expect(strFromU8(parts[f])).toContain('PAGE');
    // Each member's file and each appendix starts on a new page (each item in a section of its own).
    expect((xml.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBeGreaterThanOrEqual(6 + 25);
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
    for (const line of ['本年度未录入计划事项。', '本年度无提案。', '本卷共 0 件', '还没有年度工作总结'])
      expect(words).toContain(line);
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
