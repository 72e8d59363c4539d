import { closingIndents, PAGE_DIGITS, TOTAL_PAGES, type Block, type PageMap } from './blocks';
import type { Photo } from './photos';
import { printCss } from './printCss';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const newPage = (on?: boolean) => (on ? ' class="new-page"' : '');

function paragraphs(text: string, cls = ''): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p${cls ? ` class="${cls}"` : ''}>${escape(l)}</p>`)
    .join('\n');
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  const total = b.columns.reduce((n, c) => n + c.mm, 0);
  const cols = b.columns.map((c) => `<col style="width:${((c.mm / total) * 100).toFixed(2)}%">`).join('');
  const height = (mm: number | undefined) => (mm ? ` style="height:${mm}mm"` : '');
  const head = b.columns.map((c) => `<th>${escape(c.title)}</th>`).join('');
  const td = (text: string, center?: boolean) => `<td${center ? ' class="c"' : ''}>${escape(text)}</td>`;
  const row = (cells: string[], cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}${height(b.rowsMm?.body)}>${b.columns.map((c, i) => td(cells[i] ?? '', c.center)).join('')}</tr>`;
  const body = b.rows.map((r) => row(r)).join('\n') + (b.totals ? `\n${row(b.totals, 'totals')}` : '');
  return `<table${b.small ? ' class="small"' : ''}><colgroup>${cols}</colgroup><thead><tr${height(b.rowsMm?.head)}>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/**
 * A page number in a cell of fixed width: before the volume is laid out it is blank (figure
 * spaces), so filling it in moves nothing.
 */
const pageCell = (n: number | undefined) =>
  `<span class="pageno">${n === undefined ? '\u2007'.repeat(PAGE_DIGITS) : n}</span>`;

/**
 * 卷内目录: 件号, 档号, 文号, 责任者, 题名, 日期 (8 digits), 页数, 页号, 备注 — 文号 before 责任者, as
 * DA/T 22's 归档文件目录 and GB/T 9705's 卷内文件目录 order them.
 */
const contentsColumns: [string, number][] = [
  ['件号', 9],
  ['档号', 35],
  ['文号', 17],
  ['责任者', 19],
  ['题名', 34],
  ['日期', 16],
  ['页数', 9],
  ['页号', 9],
  ['备注', 8],
];

/** A 档号 breaks only after its hyphens. */
const code = (s: string) => escape(s).replaceAll('-', '-<wbr>');

function contents(b: Extract<Block, { kind: 'contents' }>, pages?: PageMap): string {
  const cols = contentsColumns.map(([, mm]) => `<col style="width:${((mm / 156) * 100).toFixed(2)}%">`).join('');
  const head = contentsColumns.map(([t]) => `<th>${t}</th>`).join('');
  const rows = b.entries.map((e) => {
    const link = `<a href="#${escape(e.anchor)}">${escape(e.title)}</a>`;
    const start = pageCell(pages?.start.get(e.anchor));
    const count = pageCell(pages?.count.get(e.anchor));
    if (!e.item)
      return `<tr class="appendix"><td></td><td colspan="5" class="title">${link}</td><td class="n">${count}</td><td class="n">${start}</td><td></td></tr>`;
    const it = e.item;
    return `<tr><td class="c">${escape(it.itemNo)}</td><td class="code">${code(it.archivalCode)}</td><td>${escape(it.docNo)}</td><td>${escape(it.responsible)}</td><td class="title">${link}</td><td class="c">${escape(it.date)}</td><td class="n">${count}</td><td class="n">${start}</td><td>${escape(it.remarks)}</td></tr>`;
  });
  return `<section class="contents"><h1 class="title">${escape(b.title)}</h1><table class="small catalogue"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></section>`;
}

function stamp(b: Extract<Block, { kind: 'stamp' }>, pages?: PageMap): string {
  const c = b.cells;
  const td = (v: string) => `<td>${escape(v)}</td>`;
  return `<div class="stamp-row"><table class="stamp" aria-label="归档章"><tbody><tr>${td(c.fondsCode)}${td(c.year)}${td(c.itemNo)}</tr><tr>${td(c.orgCode)}${td(c.retention)}<td>${pageCell(pages?.count.get(b.anchor))}</td></tr></tbody></table></div>`;
}

function render(b: Block, photoSrc: (p: Photo) => string, pages?: PageMap): string {
  switch (b.kind) {
    case 'cover':
      return `<section class="cover">
  <div class="group">${escape(b.group)}</div>
  <div class="year">${escape(b.subtitle)}</div>
  <div class="name">${escape(b.title)}</div>
  <table class="facts"><tbody>${b.facts
    .map(
      ([label, value]) =>
        `<tr><th>${escape(label)}</th><td>${value === TOTAL_PAGES ? pageCell(pages?.total) : escape(value)}</td></tr>`,
    )
    .join('')}</tbody></table>
</section>
<section class="cover-back"></section>`;
    case 'contents':
      return contents(b, pages);
    case 'title':
      return `<h1 class="title${b.newPage ? ' new-page' : ''}"${b.anchor ? ` id="${escape(b.anchor)}"` : ''}>${escape(b.text)}</h1>`;
    case 'stamp':
      return stamp(b, pages);
    case 'notes':
      return `<section class="notes"><h1 class="title" id="${escape(b.anchor)}">${escape(b.title)}</h1><table class="notes"><tbody>${b.rows
        .map(
          ([label, value]) =>
            `<tr><th>${escape(label)}</th><td>${paragraphs(value).replaceAll(TOTAL_PAGES, pageCell(pages?.total))}</td></tr>`,
        )
        .join(
          '',
        )}</tbody></table><div class="signatures">${b.signatures.map((l) => `<p>${escape(l)}</p>`).join('')}</div></section>`;
    case 'heading': {
      const tag = `h${b.level + 1}`;
      return `<${tag}${newPage(b.newPage)}>${escape(b.text)}</${tag}>`;
    }
    case 'text':
      return paragraphs(b.text, b.flush ? 'flush' : '');
    case 'closing': {
      const at = closingIndents(b.issuer, b.date);
      return `<div class="closing"><p style="padding-right:${at.issuer}em">${escape(b.issuer)}</p><p style="padding-right:${at.date}em">${escape(b.date)}</p></div>`;
    }
    case 'fields':
      return `<div class="fields">${b.rows
        .map(
          ([label, value]) =>
            `<p${b.flush ? ' class="flush"' : ''}><span class="label">${escape(label)}：</span>${escape(value)}</p>`,
        )
        .join('')}</div>`;
    case 'table':
      return table(b);
    case 'form': {
      const rows: string[] = [];
      for (let i = 0; i < b.pairs.length; i += 2) {
        const pair = (j: number) => {
          const [label, value] = b.pairs[i + j] ?? ['', ''];
          return `<th>${escape(label)}</th><td>${escape(value)}</td>`;
        };
        rows.push(`<tr>${pair(0)}${pair(1)}</tr>`);
      }
      return `<table class="form"><colgroup><col style="width:15.4%"><col style="width:34.6%"><col style="width:15.4%"><col style="width:34.6%"></colgroup><tbody>${rows.join('')}</tbody></table>`;
    }
    case 'photos':
      return `<div class="photos">${b.photos
        .map(
          (p, i) =>
            `<figure><img src="${escape(photoSrc(p))}" alt="${escape(p.caption ?? p.name)}"><figcaption>图${i + 1}${p.caption ? `：${escape(p.caption)}` : ''}</figcaption></figure>`,
        )
        .join('')}</div>`;
  }
}

/**
 * One print HTML page for Chromium; `photoSrc` says where each photo's file is, `pages` the page
 * numbers of an earlier print of the same HTML (blank cells without it).
 */
export function renderHtml(
  blocks: Block[],
  photoSrc: (p: Photo) => string,
  meta: { title: string },
  pages?: PageMap,
): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(meta.title)}</title>
<style>${printCss}</style>
</head>
<body>
${blocks.map((b) => render(b, photoSrc, pages)).join('\n')}
</body>
</html>
`;
}
