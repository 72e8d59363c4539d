import { recordHandlers } from '../repo/recordHandlers';
import type { HandlersFor } from '../repo/context';
import { createDocument, listDocuments, documentTable, updateDocument } from './repo';

export const documentHandlers: HandlersFor<'documents'> = recordHandlers('document', documentTable, {
  list: listDocuments,
  create: createDocument,
  update: updateDocument,
});
