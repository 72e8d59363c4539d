import { describe, expect, it } from 'vitest';
import { tablesOffGrid } from '../../db/export/docxOffGrid';

describe('table text off the document grid', () => {
  it('puts <w:snapToGrid w:val="0"/> into each table paragraph, in schema order, and leaves body text on the grid', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:spacing w:line="579"/></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:pPr><w:keepNext/><w:spacing w:line="240"/><w:jc w:val="center"/></w:pPr><w:r><w:t>全宗名称</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>无属性</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="x"/></w:pPr></w:p></w:tc></w:tr></w:tbl></w:body>';
    const out = tablesOffGrid(xml);
    expect(out).toContain('<w:p><w:pPr><w:spacing w:line="579"/></w:pPr><w:r><w:t>正文');
    expect(out).toContain(
      '<w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:line="240"/><w:jc w:val="center"/></w:pPr>',
    );
    expect(out).toContain('<w:p><w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:r><w:t>无属性');
    expect(out).toContain('<w:pPr><w:pStyle w:val="x"/><w:snapToGrid w:val="0"/></w:pPr>');
    expect(tablesOffGrid(out)).toBe(out);
  });
});
