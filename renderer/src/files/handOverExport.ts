import { exportFileUrl } from '../../../shared/exportFiles';
import type { Result } from '../../../shared/result';

/**
 * Hands a file just written to the year's exports folder to the clerk: in the app it opens in its
 * program (Word, WPS); in browser mode the host serves it as a download.
 */
export async function handOverExport(year: number, name: string): Promise<Result<null>> {
  const bridge = window.exportFiles;
  if (bridge) return bridge.open(year, name);
  const a = document.createElement('a');
  a.href = exportFileUrl(year, name);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  return { ok: true, value: null };
}
