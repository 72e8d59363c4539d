import { listExportFolder } from '../export/folderFiles';
import { yearEndChecklist } from '../services/yearEndChecklist';
import type { HandlersFor } from './types';

export const yearEndHandlers: HandlersFor<'yearEnd'> = {
  'yearEnd.checklist': ({ db }, { year }) => yearEndChecklist(db, year),
  'yearEnd.files': ({ archive }, { year }) => listExportFolder(archive.file, year),
};
