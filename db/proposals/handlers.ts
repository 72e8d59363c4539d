import { createProposal, listProposals, proposalTable, updateProposal } from './repo';
import type { HandlersFor } from '../repo/context';

export const proposalHandlers: HandlersFor<'proposals'> = {
  'proposals.list': ({ db }, input) => listProposals(db, input),
  'proposals.get': ({ db }, { id }) => proposalTable.get(db, id),
  'proposals.create': ({ db }, input) => createProposal(db, input),
  'proposals.update': ({ db }, { id, patch }) => updateProposal(db, id, patch),
  'proposals.delete': ({ db }, { id }) => proposalTable.softDelete(db, id),
  'proposals.restore': ({ db }, { id }) => proposalTable.restore(db, id),
};
