import { applyJielong } from './jielong/apply';
import { previewJielong } from './jielong/preview';
import type { HandlersFor } from '../repo/context';

/** Attendance from a WeChat 接龙 pasted by the clerk: read and matched first, written once confirmed. */
export const attendanceHandlers: HandlersFor<'attendance'> = {
  'attendance.previewJielong': ({ db }, input) => previewJielong(db, input),
  'attendance.applyJielong': ({ db }, input) => applyJielong(db, input),
};
