import type { DownloadFile } from '../../../../../shared/contract/memberImport';

/**
 * Saves a file the archive handed over as Base64 through the browser's own download, which works
 * the same in the Electron window and in browser mode.
 */
export function downloadFile(file: DownloadFile): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
