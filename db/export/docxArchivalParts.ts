import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { TOTAL_PAGES, type Block } from './blocks';
import { cellMargins, half, labelCell, run, singleLines, title, twips, type FontName } from './docxPrimitives';
import { officialFonts, pt } from './fonts';

// The parts of the Word volume an archive room files by (DA/T 22): the cover, each item's 归档章,
// and the 备考表.

export function cover(b: Extract<Block, { kind: 'cover' }>): (Paragraph | Table)[] {
  const centred = (text: string, name: FontName, size: number, before: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 0, ...singleLines },
      children: [run(text, name, size)],
    });
  const LABEL_MM = 34;
  const VALUE_MM = 86;
  const factRow = ([label, value]: [string, string]) =>
    new TableRow({
      cantSplit: true,
      children: [
        labelCell(label, LABEL_MM, pt.si),
        new TableCell({
          width: { size: twips(VALUE_MM), type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          children: [
            new Paragraph({
              spacing: singleLines,
              children: [
                value === TOTAL_PAGES
                  ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: half(pt.si) })
                  : run(value, officialFonts.subheading, pt.si),
              ],
            }),
          ],
        }),
      ],
    });
  // About 430 pt of space above the facts: with the tall lines of the fonts WPS or LibreOffice
  // substitute for 方正小标宋 the page still holds it, and the cover never runs onto its blank back.
  return [
    centred(b.group, officialFonts.title, pt.er, 1600),
    centred(b.subtitle, officialFonts.title, pt.yi, 900),
    centred(b.title, officialFonts.title, pt.chu, 500),
    new Paragraph({ spacing: { before: 1400, ...singleLines }, children: [] }),
    new Table({
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      width: { size: twips(LABEL_MM + VALUE_MM), type: WidthType.DXA },
      columnWidths: [twips(LABEL_MM), twips(VALUE_MM)],
      margins: cellMargins,
      rows: b.facts.map(factRow),
    }),
  ];
}

/** A line's text with the volume's page count (a NUMPAGES field) where TOTAL_PAGES stands. */
function withTotalPages(line: string, size: number): TextRun[] {
  return line
    .split(TOTAL_PAGES)
    .flatMap((part, i) => [
      ...(i > 0 ? [new TextRun({ children: [PageNumber.TOTAL_PAGES], size: half(size) })] : []),
      ...(part ? [run(part, officialFonts.body, size)] : []),
    ]);
}

/** 归档章: 3 × 2 cells of 15 × 8 mm in red, right-aligned above the item's title. */
export function stamp(b: Extract<Block, { kind: 'stamp' }>): (Table | Paragraph)[] {
  const red = { style: BorderStyle.SINGLE, size: 8, color: 'B00000' };
  const borders = { top: red, bottom: red, left: red, right: red };
  const c = (value: string | typeof PageNumber.TOTAL_PAGES_IN_SECTION) =>
    new TableCell({
      width: { size: twips(15), type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      borders,
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: singleLines,
          children: [
            new TextRun({
              ...(value === PageNumber.TOTAL_PAGES_IN_SECTION ? { children: [value] } : { text: value }),
              size: half(8),
              color: 'B00000',
            }),
          ],
        }),
      ],
    });
  const row = (cells: TableCell[]) =>
    new TableRow({ height: { value: twips(8), rule: HeightRule.EXACT }, cantSplit: true, children: cells });
  const s = b.cells;
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.RIGHT,
      width: { size: twips(45), type: WidthType.DXA },
      columnWidths: [twips(15), twips(15), twips(15)],
      margins: { left: 20, right: 20, top: 0, bottom: 0 },
      // Each item is a section of its own: the section's page count is the item's 页数.
      rows: [
        row([c(s.fondsCode), c(s.year), c(s.itemNo)]),
        row([c(s.orgCode), c(s.retention), c(PageNumber.TOTAL_PAGES_IN_SECTION)]),
      ],
    }),
    new Paragraph({ spacing: singleLines, children: [] }),
  ];
}

export function notes(b: Extract<Block, { kind: 'notes' }>, newPage: boolean): (Table | Paragraph)[] {
  const LABEL_MM = 30;
  const VALUE_MM = 126;
  return [
    title(b.title, newPage),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: twips(LABEL_MM + VALUE_MM), type: WidthType.DXA },
      columnWidths: [twips(LABEL_MM), twips(VALUE_MM)],
      margins: cellMargins,
      rows: b.rows.map(
        ([label, value]) =>
          new TableRow({
            cantSplit: true,
            height: { value: twips(14), rule: HeightRule.ATLEAST },
            children: [
              labelCell(label, LABEL_MM, pt.xiaosi),
              new TableCell({
                width: { size: twips(VALUE_MM), type: WidthType.DXA },
                children: value
                  .split(/\r?\n/)
                  .map((line) => new Paragraph({ spacing: singleLines, children: withTotalPages(line, pt.xiaosi) })),
              }),
            ],
          }),
      ),
    }),
    new Paragraph({ children: [] }),
    ...b.signatures.map((line) => new Paragraph({ children: [run(line, officialFonts.body, pt.san)] })),
  ];
}
