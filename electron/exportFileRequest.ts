import type { ExportFileAction } from '../shared/exportFiles';

export interface ExportFileRequest {
  action: ExportFileAction;
  year: number;
  name: string;
}

/**
 * What the page sent over the export-file channel, or null when it is not exactly an action, a
 * year and a name. The name is judged against the exports folder afterwards (exportedFilePath).
 */
export function parseExportFileRequest(action: unknown, year: unknown, name: unknown): ExportFileRequest | null {
  if (action !== 'open' && action !== 'reveal') return null;
  if (typeof year !== 'number' || !Number.isInteger(year)) return null;
  if (typeof name !== 'string') return null;
  return { action, year, name };
}
