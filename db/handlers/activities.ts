import {
  activityMonthCounts,
  activityTable,
  addParticipants,
  createActivity,
  listActivities,
  setAttendance,
  updateActivity,
} from '../repo/activities';
import { calendarActivities } from '../repo/activityCalendar';
import { ledgerImportHandlers } from './ledgerImport';
import type { HandlersFor } from './types';

export const activityHandlers: HandlersFor<'activities'> = {
  'activities.list': ({ db }, input) => listActivities(db, input),
  'activities.calendar': ({ db }, input) => calendarActivities(db, input),
  'activities.monthCounts': ({ db }, input) => activityMonthCounts(db, input),
  'activities.get': ({ db }, { id }) => activityTable.get(db, id),
  'activities.create': ({ db }, input) => createActivity(db, input),
  'activities.update': ({ db }, { id, patch }) => updateActivity(db, id, patch),
  'activities.delete': ({ db }, { id }) => activityTable.softDelete(db, id),
  'activities.restore': ({ db }, { id }) => activityTable.restore(db, id),
  'activities.setAttendance': ({ db }, input) => setAttendance(db, input),
  'activities.addParticipants': ({ db }, input) => addParticipants(db, input),
  ...ledgerImportHandlers,
};
