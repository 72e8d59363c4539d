import { applyJielong } from '../attendance/jielong/apply';
import { previewJielong } from '../attendance/jielong/preview';
import type { Handler } from './types';

export type JielongMethod = 'attendance.previewJielong' | 'attendance.applyJielong';

/** Attendance from a WeChat 接龙 pasted by the clerk: read and matched first, written once confirmed. */
export const jielongHandlers: { [M in JielongMethod]: Handler<M> } = {
  'attendance.previewJielong': ({ db }, input) => previewJielong(db, input),
  'attendance.applyJielong': ({ db }, input) => applyJielong(db, input),
};
