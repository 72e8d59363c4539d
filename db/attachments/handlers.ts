import { addAttachment, attachmentTable, attachmentWithData, listAttachments } from './repo';
import type { HandlersFor } from '../repo/context';

export const attachmentHandlers: HandlersFor<'attachments'> = {
  'attachments.add': ({ db }, input) => addAttachment(db, input),
  'attachments.list': ({ db }, input) => listAttachments(db, input),
  'attachments.get': ({ db }, { id }) => attachmentWithData(db, id),
  'attachments.setCaption': ({ db }, { id, caption }) => attachmentTable.update(db, id, { caption }),
  'attachments.delete': ({ db }, { id }) => attachmentTable.softDelete(db, id),
  'attachments.restore': ({ db }, { id }) => attachmentTable.restore(db, id),
};
