import {
  AlignmentType,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  TableCell,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { LINE_PITCH_PT, officialFonts, pt } from './fonts';

// The Word volume's building stones, shared by its parts: fonts, sizes, line pitch, runs and cells.

export type FontName = (typeof officialFonts)[keyof typeof officialFonts];

/** East-Asian text in the named font; Latin letters and digits in Times New Roman, as official documents set them. */
export const font = (name: FontName) => ({
  eastAsia: name,
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  hint: 'eastAsia',
});
export const half = (points: number) => Math.round(points * 2);
export const exactLines = { line: Math.round(LINE_PITCH_PT * 20), lineRule: LineRuleType.EXACT };
/** Tables and photos take their own height; a fixed line pitch would clip them. */
export const singleLines = { line: 240, lineRule: LineRuleType.AUTO };
export const TWO_CHARS = half(pt.san) * 20;
/** Millimetres to twips, rounded (docx's own helper truncates, making A4 11905 twips wide instead of 11906). */
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/**
 * 三号 仿宋 is the document's default (styles.xml): a run states only what differs from it, which
 * keeps a 100-page volume's XML, and the time to write it, about a third smaller.
 */
export const run = (text: string, name: FontName, size: number, bold = false) =>
  new TextRun({
    text,
    ...(name !== officialFonts.body && { font: font(name) }),
    ...(size !== pt.san && { size: half(size) }),
    ...(bold && { bold }),
  });

/** Cell padding, set once per table rather than on every cell. */
export const cellMargins = { left: 60, right: 60, top: 30, bottom: 30 };

/** Each line a paragraph, its first line indented two characters unless `indented` is false. */
export function textParagraphs(text: string, indented = true): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(
      (line) =>
        new Paragraph({
          children: [run(line, officialFonts.body, pt.san)],
          ...(indented && { indent: { firstLine: TWO_CHARS } }),
        }),
    );
}

/** Label and value widths (mm) of a form of two label–value pairs a row. */
export const FORM_MM = { label: 24, value: 54 };

export function labelCell(text: string, mm = FORM_MM.label, size: number = pt.xiaosi): TableCell {
  return new TableCell({
    width: { size: twips(mm), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: singleLines,
        children: [run(text, officialFonts.heading, size)],
      }),
    ],
  });
}

/** A part's title: heading 1, the level the 卷内目录 lists. */
export function title(text: string, newPage = false): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage, children: [new TextRun(text)] });
}
