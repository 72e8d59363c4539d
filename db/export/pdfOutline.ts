import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, type PDFRef } from 'pdf-lib';

export interface Bookmark {
  title: string;
  /** 0-based page index */
  page: number;
}

/**
 * A flat bookmark outline (one entry per line of the 卷内目录, in order), replacing any outline
 * the printer made, so a reader's sidebar lists the items whichever Chromium printed the file.
 */
export function setOutline(pdf: PDFDocument, marks: Bookmark[]): void {
  if (marks.length === 0) {
    pdf.catalog.delete(PDFName.of('Outlines'));
    return;
  }
  const ctx = pdf.context;
  const pages = pdf.getPages();
  const root = ctx.nextRef();
  const refs: PDFRef[] = marks.map(() => ctx.nextRef());
  marks.forEach((m, i) => {
    const dest = PDFArray.withContext(ctx);
    dest.push(pages[m.page].ref);
    dest.push(PDFName.of('XYZ'));
    dest.push(PDFNull);
    dest.push(PDFNull);
    dest.push(PDFNull);
    ctx.assign(
      refs[i],
      ctx.obj({
        Title: PDFHexString.fromText(m.title),
        Parent: root,
        Dest: dest,
        ...(i > 0 && { Prev: refs[i - 1] }),
        ...(i + 1 < marks.length && { Next: refs[i + 1] }),
      }),
    );
  });
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: marks.length }));
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  created: Date;
}

export function setMetadata(pdf: PDFDocument, m: PdfMetadata): void {
  pdf.setTitle(m.title, { showInWindowTitleBar: true });
  pdf.setAuthor(m.author);
  pdf.setSubject(m.subject);
  pdf.setKeywords(m.keywords);
  pdf.setCreator('政协联络组履职档案');
  pdf.setProducer('政协联络组履职档案（Chromium 排版）');
  pdf.setCreationDate(m.created);
  pdf.setModificationDate(m.created);
  pdf.setLanguage('zh-CN');
}
