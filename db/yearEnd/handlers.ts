import { listExportFolder } from '../export/folderFiles';
import { yearEndChecklist } from './checklist';
import type { HandlersFor } from '../repo/context';

export const yearEndHandlers: HandlersFor<'yearEnd'> = {
  'yearEnd.checklist': ({ db }, { year }) => yearEndChecklist(db, year),
  'yearEnd.files': ({ archive }, { year }) => listExportFolder(archive.file, year),
};
