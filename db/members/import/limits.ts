import { MAX_IMPORT_ROWS } from '../../../shared/contract/memberImport';
import { ArchiveError } from '../../errors';

/** `rows` when the whole file was counted; a CSV is refused as soon as it passes the limit. */
export const tooManyRows = (rows?: number) =>
  new ArchiveError(
    'INVALID_INPUT',
    `文件${rows ? `约有 ${rows} 行，` : ''}超过导入上限 ${MAX_IMPORT_ROWS} 行，不像是委员名册，未导入。请只保留委员名单后再试。`,
  );
