import type { Block } from '../blocks';
import type { LedgersModel } from '../ledgersXlsx';
import type { PhotoBytes } from '../photos';
import { runOnExportWorker } from './exportWorkerPool';

/** Each photo the blocks show, read once: the worker gets their bytes, not the archive. */
function photosOf(blocks: Block[], bytes: PhotoBytes): Map<string, Uint8Array> {
  const photos = new Map<string, Uint8Array>();
  for (const b of blocks)
    if (b.kind === 'photos') for (const p of b.photos) if (!photos.has(p.sha256)) photos.set(p.sha256, bytes(p.sha256));
  return photos;
}

/** `renderDocx` on the export worker: the Word file of the blocks. */
export async function renderDocxOffThread(
  blocks: Block[],
  bytes: PhotoBytes,
  meta: { title: string; grid?: 'official' | 'none' },
): Promise<Buffer> {
  return (await runOnExportWorker({ kind: 'docx', blocks, photos: photosOf(blocks, bytes), meta })).bytes;
}

/** `ledgersWorkbook` on the export worker: the year's 台账 workbook. */
export async function ledgersOffThread(m: LedgersModel, maskPersonal: boolean): Promise<Buffer> {
  const model: LedgersModel = {
    members: m.members,
    plan: m.plan,
    activities: m.activities,
    matrix: m.matrix,
    stats: m.stats,
    proposals: m.proposals,
    opinionReports: m.opinionReports,
    deeds: m.deeds,
  };
  return (await runOnExportWorker({ kind: 'ledgers', model, maskPersonal })).bytes;
}
