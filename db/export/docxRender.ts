import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableOfContents,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IParagraphStyleOptions,
  type ISectionOptions,
} from 'docx';
import { closingIndents, type Block, type Column } from './blocks';
import { fontTableXml } from './docxFonts';
import { LINE_PITCH_PT, officialFonts, pt } from './fonts';
import { cover, notes, stamp } from './docxArchivalParts';
import { tablesOffGrid } from './docxOffGrid';
import { DocxMedia } from './docxMedia';
import {
  cellMargins,
  exactLines,
  font,
  FORM_MM,
  half,
  labelCell,
  run,
  singleLines,
  textParagraphs,
  title,
  twips,
  TWO_CHARS,
  type FontName,
} from './docxPrimitives';
import { imageSize } from './imageSize';
import type { Photo, PhotoBytes } from './photos';

const headingLevels = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** "一、" heading 2, "（一）" heading 3, "1." heading 4: fonts, indent and keep-with-next come from the styles. */
function heading(b: Extract<Block, { kind: 'heading' }>): Paragraph {
  return new Paragraph({
    heading: headingLevels[b.level - 1],
    children: [new TextRun(b.text)],
    pageBreakBefore: b.newPage,
  });
}

/** The contents' own title: the title's look, not a heading (the contents do not list themselves). */
function contentsTitle(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: {
      after: Math.round(LINE_PITCH_PT * 20),
      line: Math.round(pt.er * 1.5 * 20),
      lineRule: LineRuleType.AT_LEAST,
    },
    children: [run(text, officialFonts.title, pt.er)],
  });
}

function cell(text: string, mm: number, size: number, bold: boolean, center = false): TableCell {
  return new TableCell({
    width: { size: twips(mm), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        spacing: singleLines,
        ...(center && { alignment: AlignmentType.CENTER }),
        children: [run(text, officialFonts.body, size, bold)],
      }),
    ],
  });
}

function table(b: Extract<Block, { kind: 'table' }>): (Table | Paragraph)[] {
  const size = b.small ? pt.wu : pt.xiaosi;
  const height = (mm: number | undefined) => mm && { height: { value: twips(mm), rule: HeightRule.ATLEAST } };
  const row = (cells: string[], columns: Column[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      ...height(header ? b.rowsMm?.head : b.rowsMm?.body),
      children: columns.map((c, i) => cell(cells[i] ?? '', c.mm, size, bold, header || c.center)),
    });
  const rows = [
    row(
      b.columns.map((c) => c.title),
      b.columns,
      true,
      true,
    ),
    ...b.rows.map((r) => row(r, b.columns, false)),
    ...(b.totals ? [row(b.totals, b.columns, true)] : []),
  ];
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: twips(b.columns.reduce((n, c) => n + c.mm, 0)), type: WidthType.DXA },
      columnWidths: b.columns.map((c) => twips(c.mm)),
      margins: cellMargins,
      rows,
    }),
    // Word joins two tables that touch; an empty line keeps them apart and gives air before the text.
    // After a table of fixed rows (a 签到表 filling its last page) it is 1 pt tall, so it never
    // takes a page of its own.
    b.rowsMm
      ? new Paragraph({
          spacing: { line: 20, lineRule: LineRuleType.EXACT },
          children: [run('', officialFonts.body, 1)],
        })
      : new Paragraph({ spacing: singleLines, children: [] }),
  ];
}

/** Two label–value pairs to a row; labels in 黑体. */
function form(pairs: [string, string][]): (Table | Paragraph)[] {
  const rows: TableRow[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const cells = [0, 1].flatMap((j) => {
      const [label, value] = pairs[i + j] ?? ['', ''];
      return [labelCell(label), cell(value, FORM_MM.value, pt.xiaosi, false)];
    });
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  const widths = [FORM_MM.label, FORM_MM.value, FORM_MM.label, FORM_MM.value].map(twips);
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      margins: cellMargins,
      rows,
    }),
    new Paragraph({ spacing: singleLines, children: [] }),
  ];
}

/** Two photos to a line, each at most 74 × 56 mm, keeping their proportions. */
function photos(list: Photo[], media: DocxMedia): Paragraph[] {
  const MAX_W = 280;
  const MAX_H = 210;
  const out: Paragraph[] = [];
  for (let i = 0; i < list.length; i += 2) {
    const pair = list.slice(i, i + 2);
    const runs = pair.flatMap((p, j) => {
      const { photo, standIn } = media.add(p);
      const size = imageSize(photo) ?? { width: 4, height: 3 };
      const scale = Math.min(MAX_W / size.width, MAX_H / size.height);
      const image = new ImageRun({
        type: p.type,
        data: standIn,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: p.name, description: p.caption ?? p.name, title: p.name },
      });
      return j === 0 ? [image] : [new TextRun({ text: '  ' }), image];
    });
    out.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...singleLines, before: 120 }, children: runs }),
    );
    const captions = pair.map((p, j) => `图${i + j + 1}${p.caption ? `：${p.caption}` : ''}`).join('    ');
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...singleLines, after: 120 },
        children: [run(captions, officialFonts.body, pt.wu)],
      }),
    );
  }
  return out;
}

/** 落款: a blank line, then the issuer over the date, set from the right (closingIndents). */
function closing(b: Extract<Block, { kind: 'closing' }>): Paragraph[] {
  const indents = closingIndents(b.issuer, b.date);
  const line = (text: string, chars: number) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round((chars * TWO_CHARS) / 2) },
      keepNext: true,
      children: [run(text, officialFonts.body, pt.san)],
    });
  return [new Paragraph({ keepNext: true, children: [] }), line(b.issuer, indents.issuer), line(b.date, indents.date)];
}

/** `startsSection`: the block opens a section, which starts a page itself (no page break before it as well). */
function render(b: Block, media: DocxMedia, startsSection = false): FileChild[] {
  switch (b.kind) {
    case 'cover':
      return cover(b);
    case 'contents':
      // A TOC field over the heading-1 titles: Word fills in the page numbers when it opens the
      // file (it asks first), and 更新域 in Word or WPS rebuilds it.
      return [
        contentsTitle(b.title),
        new TableOfContents(b.title, { hyperlink: true, headingStyleRange: '1-1', beginDirty: true }),
      ];
    case 'title':
      return [title(b.text, b.newPage && !startsSection)];
    case 'stamp':
      return stamp(b);
    case 'notes':
      return notes(b, !startsSection);
    case 'heading':
      return [heading(startsSection ? { ...b, newPage: false } : b)];
    case 'text':
      return textParagraphs(b.text, !b.flush);
    case 'closing':
      return closing(b);
    case 'fields':
      return b.rows.map(
        ([label, value]) =>
          new Paragraph({
            ...(!b.flush && { indent: { firstLine: TWO_CHARS } }),
            children: [run(`${label}：`, officialFonts.heading, pt.san), run(value, officialFonts.body, pt.san)],
          }),
      );
    case 'table':
      return table(b);
    case 'form':
      return form(b.pairs);
    case 'photos':
      return photos(b.photos, media);
  }
}

/** "— 1 —" in 四号 宋体: odd pages on the right, even pages on the left. */
function pageNumber(alignment: (typeof AlignmentType)['RIGHT' | 'LEFT']): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(officialFonts.pageNumber),
            size: half(pt.si),
          }),
        ],
      }),
    ],
  });
}

const a4 = {
  size: { width: twips(210), height: twips(297) },
  margin: {
    top: twips(37),
    bottom: twips(35),
    left: twips(28),
    right: twips(26),
    footer: twips(25),
  },
};

/** 22 lines of 28 characters on the 156 × 225 mm text block (the character pitch in 1/4096 pt over 三号). */
const officialGrid = {
  type: DocumentGridType.LINES_AND_CHARS,
  linePitch: Math.round(LINE_PITCH_PT * 20),
  charSpace: Math.round((((156 / 25.4) * 72) / 28 - pt.san) * 4096),
};
/**
 * No grid, for a form such as a 签到表 whose rows have heights of their own: on the character
 * grid Word sets every character at the 三号 pitch, so 小四 in a narrow column (a 界别) would
 * spread over two lines, and on the line grid a title's line takes two grid lines.
 */
const noGrid = { type: DocumentGridType.DEFAULT, linePitch: officialGrid.linePitch };

const headingStyle = (
  level: 1 | 2 | 3 | 4,
  name: FontName,
  extra: Partial<Pick<IParagraphStyleOptions, 'paragraph' | 'run'>> = {},
): IParagraphStyleOptions => ({
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: font(name), size: half(level === 1 ? pt.er : pt.san), color: '000000', bold: false, ...extra.run },
  paragraph: {
    outlineLevel: level - 1,
    keepNext: true,
    keepLines: true,
    ...(level === 1
      ? {
          alignment: AlignmentType.CENTER,
          spacing: {
            before: 0,
            after: Math.round(LINE_PITCH_PT * 20),
            line: Math.round(pt.er * 1.5 * 20),
            lineRule: LineRuleType.AT_LEAST,
          },
        }
      : { indent: { firstLine: TWO_CHARS }, spacing: { before: 0, after: 0, ...exactLines } }),
    ...extra.paragraph,
  },
});

/**
 * GB/T 9704's heading ladder as Word styles with outline levels: a part's title (heading 1, 二号
 * 小标宋, what the contents list), "一、" 黑体, "（一）" 楷体, "1." 仿宋 bold.
 */
const headingStyles: IParagraphStyleOptions[] = [
  headingStyle(1, officialFonts.title),
  headingStyle(2, officialFonts.heading),
  headingStyle(3, officialFonts.subheading),
  headingStyle(4, officialFonts.body, { run: { bold: true } }),
];

/**
 * Splits the body before each 归档章, so each item is a section and its page count a field; what
 * follows the last item (the appendices from their first new page, the 备考表) is a section again.
 */
function itemSections(body: Block[]): Block[][] {
  const parts: Block[][] = [[]];
  for (const b of body) {
    const inItem = parts.at(-1)![0]?.kind === 'stamp';
    const leavesItem = inItem && (b.kind === 'notes' || (b.kind === 'title' && b.newPage === true));
    if (b.kind === 'stamp' || leavesItem) parts.push([]);
    parts.at(-1)!.push(b);
  }
  return parts.filter((p) => p.length > 0);
}

/**
 * Renders blocks as an official-document Word file (GB/T 9704 page and type): a leading cover,
 * if any, gets a section of its own without a page number; the rest is numbered from 1, each
 * item (from its 归档章 on) in a section of its own that inherits the page numbers.
 */
export async function renderDocx(
  blocks: Block[],
  bytes: PhotoBytes,
  meta: { title: string; grid?: 'official' | 'none' },
): Promise<Buffer> {
  const grid = meta.grid === 'none' ? noGrid : officialGrid;
  const media = new DocxMedia(bytes);
  const coverBlocks = blocks.filter((b) => b.kind === 'cover');
  const body = blocks.filter((b) => b.kind !== 'cover');
  const sections: ISectionOptions[] = [];
  if (coverBlocks.length)
    sections.push({ properties: { page: a4, grid }, children: coverBlocks.flatMap((b) => render(b, media)) });
  itemSections(body).forEach((part, i) => {
    sections.push({
      // On an odd page: printed double-sided, the back of the cover stays blank and page 1 is a right-hand page.
      properties: {
        type: i === 0 ? (coverBlocks.length ? SectionType.ODD_PAGE : undefined) : SectionType.NEXT_PAGE,
        page: { ...a4, ...(i === 0 && { pageNumbers: { start: 1 } }) },
        grid,
      },
      // Later sections inherit these footers.
      ...(i === 0 && { footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) } }),
      children: part.flatMap((b, j) => render(b, media, i > 0 && j === 0)),
    });
  });
  const doc = new Document({
    title: meta.title,
    creator: '政协联络组履职档案',
    evenAndOddHeaderAndFooters: true,
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: font(officialFonts.body), size: half(pt.san) },
          paragraph: { spacing: exactLines, alignment: AlignmentType.JUSTIFIED },
        },
      },
      paragraphStyles: headingStyles,
    },
    sections,
  });
  return media.fill(
    await Packer.toBuffer(doc),
    { 'word/fontTable.xml': fontTableXml() },
    { 'word/document.xml': tablesOffGrid },
  );
}
