import {
  activityMonthCounts,
  activityTable,
  addParticipants,
  createActivity,
  listActivities,
  setAttendance,
  updateActivity,
} from './repo';
import { calendarActivities } from './calendar';
import { importLedger } from './ledgerImport/commit';
import { previewLedger } from './ledgerImport/preview';
import type { HandlersFor } from '../repo/context';
import { recordHandlers } from '../repo/recordHandlers';

export const activityHandlers: HandlersFor<'activities'> = {
  ...recordHandlers('activity', activityTable, {
    list: listActivities,
    create: createActivity,
    update: updateActivity,
  }),
  'activities.calendar': ({ db }, input) => calendarActivities(db, input),
  'activities.monthCounts': ({ db }, input) => activityMonthCounts(db, input),
  'activities.setAttendance': ({ db }, input) => setAttendance(db, input),
  'activities.addParticipants': ({ db }, input) => addParticipants(db, input),
  // Past years' activity ledgers from a spreadsheet: previewed row by row, then written all at once.
  'activities.previewLedgerImport': ({ db }, { fileName, dataBase64 }) =>
    previewLedger(db, fileName, Buffer.from(dataBase64, 'base64')),
  'activities.importLedger': ({ archive }, input) => importLedger(archive, input),
};
