import { recordHandlers } from '../../repo/recordHandlers';
import type { HandlersFor } from '../../repo/context';
import { createDutyRecord, dutyRecordTable, listDutyRecords, restoreDutyRecord, updateDutyRecord } from './repo';

export const dutyRecordHandlers: HandlersFor<'dutyRecords'> = recordHandlers('duty_record', dutyRecordTable, {
  list: listDutyRecords,
  create: createDutyRecord,
  update: updateDutyRecord,
  restore: restoreDutyRecord,
});
