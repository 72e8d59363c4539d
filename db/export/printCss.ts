import { LINE_PITCH_PT, officialFonts, pt } from './fonts';

/** The official fonts first, then what a Windows or Linux machine has, then the Noto CJK fonts. */
const stacks = {
  title: `'${officialFonts.title}', 'FZXiaoBiaoSong-B05S', 'STZhongsong', 'Noto Serif CJK SC', serif`,
  body: `'${officialFonts.body}', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', serif`,
  heading: `'${officialFonts.heading}', 'SimHei', 'Noto Sans CJK SC', sans-serif`,
  subheading: `'${officialFonts.subheading}', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', serif`,
  pageNumber: `'${officialFonts.pageNumber}', 'SimSun', 'Noto Serif CJK SC', serif`,
};

const pageNumber = (side: 'left' | 'right') => `
  @bottom-${side} {
    content: "— " counter(page) " —";
    font-family: ${stacks.pageNumber};
    font-size: ${pt.si}pt;
    vertical-align: top;
    padding-top: 4mm;
    margin-${side}: 7mm;
  }`;

/**
 * Print CSS after GB/T 9704: A4 with 37/35/28/26 mm margins, 三号 仿宋 body on a fixed 22-line
 * pitch, 二号 小标宋 titles, 黑体/楷体 headings, "— n —" page numbers (odd right, even left).
 * The cover and its blank back are unnumbered, so page 1 is a right-hand page when printed
 * double-sided, as in the Word file.
 */
export const printCss = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { ${pageNumber('right')} }
@page :left { ${pageNumber('left')} }
@page cover { counter-increment: page 0; @bottom-right { content: none; } @bottom-left { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${stacks.body}; font-size: ${pt.san}pt; line-height: ${LINE_PITCH_PT}pt; color: #000; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.flush { text-indent: 0; }
/* 落款: a blank line, then the issuer and the date set from the right; kept together on a page. */
.closing { margin-top: ${LINE_PITCH_PT}pt; break-inside: avoid; break-before: avoid; }
.closing p { text-indent: 0; text-align: right; }
td.c { text-align: center; }
.new-page { break-before: page; }
.cover { page: cover; height: 225mm; display: flex; flex-direction: column; align-items: center; text-align: center; }
.cover-back { page: cover; break-before: page; height: 10mm; }
.contents { break-before: page; }
.cover .group { margin-top: 30mm; font-family: ${stacks.title}; font-size: ${pt.er}pt; line-height: 1.4; }
.cover .year { margin-top: 20mm; font-family: ${stacks.title}; font-size: ${pt.yi}pt; line-height: 1.4; }
.cover .name { margin-top: 8mm; font-family: ${stacks.title}; font-size: ${pt.chu}pt; line-height: 1.4; letter-spacing: 0.3em; }
.cover .facts { width: 120mm; margin: auto auto 0; font-family: ${stacks.subheading}; font-size: ${pt.si}pt; line-height: 1.5; }
.cover .facts th { width: 34mm; font-family: ${stacks.heading}; }
.cover .facts td { text-align: left; }
a { color: inherit; text-decoration: none; }
.pageno { display: inline-block; min-width: 2.2em; text-align: right; font-variant-numeric: tabular-nums; }
table.catalogue td, table.catalogue th { font-size: 9pt; padding: 2pt 1.5pt; }
table.catalogue th { white-space: nowrap; }
table.catalogue td.code { word-break: normal; overflow-wrap: normal; }
.cover .facts .pageno { text-align: left; min-width: 0; }
table.catalogue td.c { text-align: center; }
table.catalogue td.n { text-align: right; white-space: nowrap; }
tr.appendix td.title { font-family: ${stacks.heading}; }
/* 归档章 (DA/T 22): 3 × 2 cells of 15 × 8 mm, at the top right of an item's first page. */
.stamp-row { break-before: page; display: flex; justify-content: flex-end; height: 18mm; }
table.stamp { width: 45mm; margin: 0; border: 1pt solid #b00; font-size: 8pt; line-height: 1.1; }
table.stamp td { border: 0.75pt solid #b00; color: #b00; height: 8mm; padding: 0 1pt; text-align: center; word-break: break-all; }
table.stamp .pageno { min-width: 0; text-align: center; }
.stamp-row + h1.title.new-page { break-before: avoid; }
section.notes { break-before: page; }
table.notes th { width: 30mm; }
table.notes td p { text-indent: 0; }
table.notes td { height: 14mm; vertical-align: top; font-size: ${pt.xiaosi}pt; }
.signatures { margin-top: ${LINE_PITCH_PT}pt; }
.signatures p { text-indent: 0; }
/* A title over several lines is set in lines of like length (GB/T 9704: 排列对称), no word left alone on the last. */
h1.title { text-wrap: balance; margin: 0 0 ${LINE_PITCH_PT}pt; text-align: center; font-family: ${stacks.title}; font-size: ${pt.er}pt; font-weight: normal; line-height: 1.5; }
h2, h3, h4 { margin: 0; text-indent: 2em; font-size: ${pt.san}pt; font-weight: normal; line-height: ${LINE_PITCH_PT}pt; break-after: avoid; }
h2 { font-family: ${stacks.heading}; }
h3 { font-family: ${stacks.subheading}; }
h4 { font-family: ${stacks.body}; font-weight: bold; }
.contents p { text-indent: 0; padding-left: 2em; }
.fields .label { font-family: ${stacks.heading}; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 ${LINE_PITCH_PT / 2}pt; font-size: ${pt.xiaosi}pt; line-height: 1.35; }
table.small { font-size: ${pt.wu}pt; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-break: break-all; }
th { font-family: ${stacks.heading}; font-weight: normal; text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
table.form { font-size: ${pt.xiaosi}pt; }
table.form th { text-align: center; }
tr.totals td { font-family: ${stacks.heading}; }
.photos { display: flex; flex-wrap: wrap; justify-content: center; gap: 4mm; margin: 4pt 0; }
figure { margin: 0; width: 74mm; text-align: center; break-inside: avoid; }
figure img { max-width: 74mm; max-height: 56mm; object-fit: contain; }
figcaption { font-size: ${pt.wu}pt; line-height: 1.4; }
`;
