import { createDocument, documentTable, listDocuments, updateDocument } from './repo';
import type { HandlersFor } from '../repo/context';

export const documentHandlers: HandlersFor<'documents'> = {
  'documents.list': ({ db }, input) => listDocuments(db, input),
  'documents.get': ({ db }, { id }) => documentTable.get(db, id),
  'documents.create': ({ db }, input) => createDocument(db, input),
  'documents.update': ({ db }, { id, patch }) => updateDocument(db, id, patch),
  'documents.delete': ({ db }, { id }) => documentTable.softDelete(db, id),
  'documents.restore': ({ db }, { id }) => documentTable.restore(db, id),
};
