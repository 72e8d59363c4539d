import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExportFileKind } from '../../shared/contract/yearEnd';
import { EXPORTS_PATH } from '../../shared/exportFiles';
import { exportedFilePath, exportFileKind } from '../export/exportedFile';

const CONTENT_TYPES: Record<ExportFileKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  zip: 'application/zip',
};

/**
 * `attachment` with the Chinese name for browsers that read RFC 5987 (all current ones) and an
 * ASCII stand-in for those that do not.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** `/exports/<year>/<name>` → the two parts, or null when the path has any other shape. */
export function exportRoute(rawPath: string): { year: string; name: string } | null {
  const m = new RegExp(`^${EXPORTS_PATH}/([^/]+)/([^/]+)$`).exec(rawPath);
  if (!m) return null;
  try {
    return { year: decodeURIComponent(m[1]), name: decodeURIComponent(m[2]) };
  } catch {
    return null;
  }
}

export interface ExportDownload {
  archiveFile: string;
  /** The host's headers for every answer (nosniff, framing, …). */
  headers: Record<string, string>;
  /** Answers with a Chinese message. */
  refuse(status: number, text: string): void;
}

/**
 * Hands a finished export of the archive's exports folder to the browser as a download. Only the
 * exports' own kinds of file, only from `<archive>.exports/<year>/`, and only to our own page or
 * a link the clerk opened directly (a page of another site is refused even where it could make
 * the browser ask).
 */
export function serveExport(
  req: IncomingMessage,
  res: ServerResponse,
  { archiveFile, headers, refuse }: ExportDownload,
): void {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return refuse(403, '拒绝访问：只能从本程序的页面下载导出文件。');
  const route = exportRoute((req.url ?? '/').split('?')[0]);
  const file = route && exportedFilePath(archiveFile, route.year, route.name);
  if (!route || !file) return refuse(403, '拒绝访问：只能下载导出文件夹中的档案册、台账和档案包。');
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) return refuse(404, `导出文件夹中没有“${route.name}”，请重新导出。`);
    res.writeHead(200, {
      ...headers,
      'Content-Type': CONTENT_TYPES[exportFileKind(route.name) as ExportFileKind],
      'Content-Length': stat.size,
      'Content-Disposition': attachmentDisposition(route.name),
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
}
