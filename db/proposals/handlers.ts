import { recordHandlers } from '../repo/recordHandlers';
import type { HandlersFor } from '../repo/context';
import { createProposal, listProposals, proposalTable, updateProposal } from './repo';

export const proposalHandlers: HandlersFor<'proposals'> = recordHandlers('proposal', proposalTable, {
  list: listProposals,
  create: createProposal,
  update: updateProposal,
});
