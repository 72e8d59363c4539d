/**
 * Table text off the document grid. The volume's sections carry GB/T 9704's grid (22 lines of 28
 * characters), and Word, WPS and LibreOffice snap every paragraph to it unless it says
 * `<w:snapToGrid w:val="0"/>`, table cells included: each line of a cell then takes a full 29 pt
 * line of the grid (LibreOffice also spreads the characters to the grid's pitch), so a form of
 * short rows grows to twice its height and the one-page 移交清单 runs onto a second page. The docx
 * library cannot set that property on a paragraph, so it is written into every paragraph of a
 * table of the packed document.xml. The body text keeps the grid.
 */

/** Elements that come after <w:snapToGrid> in a paragraph's properties (ECMA-376 CT_PPrBase order). */
const AFTER_SNAP =
  /<w:(?:spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b|<\/w:pPr>/;
const OFF = '<w:snapToGrid w:val="0"/>';

function offGrid(table: string): string {
  return table
    .replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (_, inner: string) => {
      if (inner.includes('<w:snapToGrid')) return `<w:pPr>${inner}</w:pPr>`;
      const at = `${inner}</w:pPr>`.search(AFTER_SNAP);
      return `<w:pPr>${inner.slice(0, at)}${OFF}${inner.slice(at)}</w:pPr>`;
    })
    .replace(/<w:p>(?!<w:pPr>)/g, `<w:p><w:pPr>${OFF}</w:pPr>`);
}

/** document.xml with every paragraph inside a table set off the grid. */
export function tablesOffGrid(documentXml: string): string {
  return documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, offGrid);
}
