import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { handlingProblem, leadIsCosigner, leadIsCosignerMessage, type Proposal } from '../../shared/contract/proposals';
import { ArchiveError } from '../errors';
import { assertLiveMembers, memberName } from '../repo/liveMembers';
import { listFilter } from '../repo/listFilter';
import { byName } from '../members/order/nameKey';
import { memberLinks } from '../repo/memberLinks';
import { tableRepo } from '../repo/table';

/** A proposal's co-signers (联名人), by name. */
const cosigners = memberLinks({
  table: 'proposal_cosigners',
  owner: 'proposal_id',
  role: '提案联名人',
  orderBy: byName('m.'),
});

export const proposalTable = tableRepo<Proposal, 'leadMemberName' | 'cosigners'>({
  table: 'proposals',
  entity: 'proposal',
  label: '提案',
  fields: {
    year: 'int',
    session: 'text',
    number: 'text',
    title: 'text',
    category: 'text',
    content: 'text',
    leadMemberId: 'int',
    submittedOn: 'text',
    filing: 'text',
    mainUnit: 'text',
    assistUnits: 'text',
    replyOn: 'text',
    result: 'text',
    satisfaction: 'text',
    notes: 'text',
  },
  defaults: { filing: 'pending' },
  describe: (p) => `提案“${p.title}”`,
  hydrate: (db, p) => ({ ...p, leadMemberName: memberName(db, p.leadMemberId), cosigners: cosigners.of(db, p.id) }),
});

type CreateInput = ParsedInput<'proposals.create'>;
type Patch = ParsedInput<'proposals.update'>['patch'];

export function createProposal(db: Database.Database, input: CreateInput): Proposal {
  return db.transaction(() => {
    if (input.leadMemberId) assertLiveMembers(db, [input.leadMemberId], '提案领衔人');
    return proposalTable.create(db, input, (id) => cosigners.replace(db, id, input.cosignerIds ?? []));
  })();
}

export function updateProposal(db: Database.Database, id: number, patch: Patch): Proposal {
  return db.transaction(() => {
    const before = proposalTable.get(db, id);
    const merged = {
      leadMemberId: patch.leadMemberId !== undefined ? patch.leadMemberId : before.leadMemberId,
      cosignerIds: patch.cosignerIds ?? before.cosigners.map((c) => c.memberId),
    };
    if (leadIsCosigner(merged)) throw new ArchiveError('INVALID_INPUT', leadIsCosignerMessage);
    const pick = <K extends 'filing' | 'submittedOn' | 'replyOn' | 'result' | 'satisfaction'>(k: K) =>
      patch[k] !== undefined ? patch[k] : before[k];
    const handling = handlingProblem({
      filing: pick('filing'),
      submittedOn: pick('submittedOn'),
      replyOn: pick('replyOn'),
      result: pick('result'),
      satisfaction: pick('satisfaction'),
    });
    if (handling) throw new ArchiveError('INVALID_INPUT', handling.message);
    if (patch.leadMemberId) {
      assertLiveMembers(db, [patch.leadMemberId], '提案领衔人', before.leadMemberId ? [before.leadMemberId] : []);
    }
    const { cosignerIds } = patch;
    return proposalTable.update(db, id, patch, cosignerIds ? () => cosigners.replace(db, id, cosignerIds) : undefined);
  })();
}

const leadOrCosigner = `(lead_member_id = @memberId
  OR EXISTS (SELECT 1 FROM proposal_cosigners c WHERE c.proposal_id = proposals.id AND c.member_id = @memberId))`;

export function listProposals(db: Database.Database, input: ParsedInput<'proposals.list'>) {
  const filter = listFilter(input.scope)
    .text(input.q, ['title', 'number', 'content', 'main_unit', 'assist_units'])
    .equal('year', input.year)
    .equal('filing', input.filing)
    .equal('result', input.result)
    .when('memberId', input.memberId, leadOrCosigner);
  const orderBy = 'year DESC, submitted_on IS NULL, submitted_on DESC, id DESC';
  return proposalTable.page(db, filter, { orderBy, limit: input.limit, offset: input.offset });
}
