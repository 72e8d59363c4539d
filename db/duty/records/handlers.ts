import {
  createDutyRecord,
  dutyRecordTable,
  listDutyRecords,
  restoreDutyRecord,
  updateDutyRecord,
} from './repo';
import type { HandlersFor } from '../../repo/context';

export const dutyRecordHandlers: HandlersFor<'dutyRecords'> = {
  'dutyRecords.list': ({ db }, input) => listDutyRecords(db, input),
  'dutyRecords.get': ({ db }, { id }) => dutyRecordTable.get(db, id),
  'dutyRecords.create': ({ db }, input) => createDutyRecord(db, input),
  'dutyRecords.update': ({ db }, { id, patch }) => updateDutyRecord(db, id, patch),
  'dutyRecords.delete': ({ db }, { id }) => dutyRecordTable.softDelete(db, id),
  'dutyRecords.restore': ({ db }, { id }) => restoreDutyRecord(db, id),
};
