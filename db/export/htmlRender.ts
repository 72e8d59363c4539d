import { CONTENTS_TITLE, type Block } from './blocks';
import type { Photo } from './photos';
import { printCss } from './printCss';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const newPage = (on?: boolean) => (on ? ' class="new-page"' : '');

function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${escape(l)}</p>`)
    .join('\n');
}

function table(b: Extract<Block, { kind: 'table' }>): string {
  const total = b.columns.reduce((n, c) => n + c.mm, 0);
  const cols = b.columns.map((c) => `<col style="width:${((c.mm / total) * 100).toFixed(2)}%">`).join('');
  const head = b.columns.map((c) => `<th>${escape(c.title)}</th>`).join('');
  const row = (cells: string[], cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}>${b.columns.map((_, i) => `<td>${escape(cells[i] ?? '')}</td>`).join('')}</tr>`;
  const body = b.rows.map((r) => row(r)).join('\n') + (b.totals ? `\n${row(b.totals, 'totals')}` : '');
  return `<table${b.small ? ' class="small"' : ''}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function render(b: Block, photoSrc: (p: Photo) => string): string {
  switch (b.kind) {
    case 'cover':
      return `<section class="cover">
  <div class="group">${escape(b.group)}</div>
  <div class="year">${escape(b.subtitle)}</div>
  <div class="name">${escape(b.title)}</div>
  <div class="meta">上级政协：${escape(b.parentCommittee || '（未填写）')}<br>编制日期：${escape(b.compiledOn)}</div>
</section>
<section class="cover-back"></section>`;
    case 'contents':
      return `<section class="contents"><h1 class="title">${CONTENTS_TITLE}</h1>${b.entries.map((e) => `<p>${escape(e)}</p>`).join('')}</section>`;
    case 'title':
      return `<h1 class="title${b.newPage ? ' new-page' : ''}">${escape(b.text)}</h1>`;
    case 'heading': {
      const tag = `h${b.level + 1}`;
      return `<${tag}${newPage(b.newPage)}>${escape(b.text)}</${tag}>`;
    }
    case 'text':
      return paragraphs(b.text);
    case 'fields':
      return `<div class="fields">${b.rows
        .map(([label, value]) => `<p><span class="label">${escape(label)}：</span>${escape(value)}</p>`)
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

/** One print HTML page for Chromium; `photoSrc` says where each photo's file is. */
export function renderHtml(blocks: Block[], photoSrc: (p: Photo) => string, meta: { title: string }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(meta.title)}</title>
<style>${printCss}</style>
</head>
<body>
${blocks.map((b) => render(b, photoSrc)).join('\n')}
</body>
</html>
`;
}
