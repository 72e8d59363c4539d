import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { CONTENTS_TITLE, type Block, type Column } from './blocks';
import { LINE_PITCH_PT, officialFonts, pt } from './fonts';
import { DocxMedia } from './docxMedia';
import { imageSize } from './imageSize';
import type { Photo, PhotoBytes } from './photos';

type FontName = (typeof officialFonts)[keyof typeof officialFonts];

/** East-Asian text in the named font; Latin letters and digits in Times New Roman, as official documents set them. */
const font = (name: FontName) => ({
  eastAsia: name,
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  hint: 'eastAsia',
});
const half = (points: number) => Math.round(points * 2);
const exactLines = { line: Math.round(LINE_PITCH_PT * 20), lineRule: LineRuleType.EXACT };
/** Tables and photos take their own height; a fixed line pitch would clip them. */
const singleLines = { line: 240, lineRule: LineRuleType.AUTO };
const TWO_CHARS = half(pt.san) * 20;
/** Millimetres to twips, rounded (docx's own helper truncates, making A4 11905 twips wide instead of 11906). */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/**
 * 三号 仿宋 is the document's default (styles.xml): a run states only what differs from it, which
 * keeps a 100-page volume's XML, and the time to write it, about a third smaller.
 */
const run = (text: string, name: FontName, size: number, bold = false) =>
  new TextRun({
    text,
    ...(name !== officialFonts.body && { font: font(name) }),
    ...(size !== pt.san && { size: half(size) }),
    ...(bold && { bold }),
  });

/** Cell padding, set once per table rather than on every cell. */
const cellMargins = { left: 60, right: 60, top: 30, bottom: 30 };

function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(
      (line) => new Paragraph({ children: [run(line, officialFonts.body, pt.san)], indent: { firstLine: TWO_CHARS } }),
    );
}

function cover(b: Extract<Block, { kind: 'cover' }>): Paragraph[] {
  const centred = (text: string, name: FontName, size: number, before: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 0, ...singleLines },
      children: [run(text, name, size)],
    });
  // About 430 pt of space in all: with the tall lines of the fonts WPS or LibreOffice substitute
  // for 方正小标宋 the page still holds it, and the cover never runs onto its blank back.
  return [
    centred(b.group, officialFonts.title, pt.er, 2000),
    centred(b.subtitle, officialFonts.title, pt.yi, 1200),
    centred(b.title, officialFonts.title, pt.chu, 600),
    centred(`上级政协：${b.parentCommittee || '（未填写）'}`, officialFonts.subheading, pt.san, 4500),
    centred(`编制日期：${b.compiledOn}`, officialFonts.subheading, pt.san, 300),
  ];
}

function heading(b: Extract<Block, { kind: 'heading' }>): Paragraph {
  const [name, bold] =
    b.level === 1
      ? [officialFonts.heading, false]
      : b.level === 2
        ? [officialFonts.subheading, false]
        : [officialFonts.body, true];
  return new Paragraph({
    children: [run(b.text, name, pt.san, bold)],
    indent: { firstLine: TWO_CHARS },
    pageBreakBefore: b.newPage,
    keepNext: true,
  });
}

function title(text: string, newPage = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: newPage,
    spacing: {
      after: Math.round(LINE_PITCH_PT * 20),
      line: Math.round(pt.er * 1.5 * 20),
      lineRule: LineRuleType.AT_LEAST,
    },
    children: [run(text, officialFonts.title, pt.er)],
  });
}

function cell(text: string, mm: number, size: number, bold: boolean): TableCell {
  return new TableCell({
    width: { size: twips(mm), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ spacing: singleLines, children: [run(text, officialFonts.body, size, bold)] })],
  });
}

function table(b: Extract<Block, { kind: 'table' }>): (Table | Paragraph)[] {
  const size = b.small ? pt.wu : pt.xiaosi;
  const row = (cells: string[], columns: Column[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: columns.map((c, i) => cell(cells[i] ?? '', c.mm, size, bold)),
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
    new Paragraph({ spacing: singleLines, children: [] }),
  ];
}

const FORM_MM = { label: 24, value: 54 };

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

function labelCell(text: string): TableCell {
  return new TableCell({
    width: { size: twips(FORM_MM.label), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: singleLines,
        children: [run(text, officialFonts.heading, pt.xiaosi)],
      }),
    ],
  });
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

function render(b: Block, media: DocxMedia): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'cover':
      return cover(b);
    case 'contents':
      return [
        title(CONTENTS_TITLE),
        ...b.entries.map(
          (e) => new Paragraph({ children: [run(e, officialFonts.body, pt.san)], indent: { left: TWO_CHARS } }),
        ),
      ];
    case 'title':
      return [title(b.text, b.newPage)];
    case 'heading':
      return [heading(b)];
    case 'text':
      return textParagraphs(b.text);
    case 'fields':
      return b.rows.map(
        ([label, value]) =>
          new Paragraph({
            indent: { firstLine: TWO_CHARS },
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

/**
 * Renders blocks as an official-document Word file (GB/T 9704 page and type): a leading cover,
 * if any, gets a section of its own without a page number; the rest is numbered from 1.
 */
export async function renderDocx(blocks: Block[], bytes: PhotoBytes, meta: { title: string }): Promise<Buffer> {
  const media = new DocxMedia(bytes);
  const coverBlocks = blocks.filter((b) => b.kind === 'cover');
  const body = blocks.filter((b) => b.kind !== 'cover');
  const sections: ISectionOptions[] = [];
  if (coverBlocks.length)
    sections.push({ properties: { page: a4 }, children: coverBlocks.flatMap((b) => render(b, media)) });
  sections.push({
    // On an odd page: printed double-sided, the back of the cover stays blank and page 1 is a right-hand page.
    properties: {
      type: coverBlocks.length ? SectionType.ODD_PAGE : undefined,
      page: { ...a4, pageNumbers: { start: 1 } },
    },
    footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
    children: body.flatMap((b) => render(b, media)),
  });
  const doc = new Document({
    title: meta.title,
    creator: '政协联络组履职档案',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(officialFonts.body), size: half(pt.san) },
          paragraph: { spacing: exactLines },
        },
      },
    },
    sections,
  });
  return media.fill(await Packer.toBuffer(doc));
}
