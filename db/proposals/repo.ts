import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import { handlingProblem, leadIsCosigner, leadIsCosignerMessage, type Proposal } from '../../shared/contract/proposals';
import { ArchiveError } from '../errors';
import { assertLiveMembers, memberName } from '../repo/liveMembers';
import { likeEscape } from '../members/repo';
import { cosignersOf, replaceCosigners } from './cosigners';
import { scopeWhere, tableRepo } from '../repo/table';

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
  hydrate: (db, p) => ({ ...p, leadMemberName: memberName(db, p.leadMemberId), cosigners: cosignersOf(db, p.id) }),
});

type CreateInput = ParsedInput<'proposals.create'>;
type Patch = ParsedInput<'proposals.update'>['patch'];

export function createProposal(db: Database.Database, input: CreateInput): Proposal {
  return db.transaction(() => {
    if (input.leadMemberId) assertLiveMembers(db, [input.leadMemberId], '提案领衔人');
    return proposalTable.create(db, input, (id) => replaceCosigners(db, id, input.cosignerIds ?? []));
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
    return proposalTable.update(db, id, patch, cosignerIds ? () => replaceCosigners(db, id, cosignerIds) : undefined);
  })();
}

export function listProposals(db: Database.Database, input: ParsedInput<'proposals.list'>) {
  const where = [scopeWhere(input.scope)];
  const params: Record<string, unknown> = {};
  const q = input.q?.trim();
  if (q) {
    params.q = `%${likeEscape(q)}%`;
    where.push(
      `(title LIKE @q ESCAPE '\\' OR number LIKE @q ESCAPE '\\' OR content LIKE @q ESCAPE '\\'
        OR main_unit LIKE @q ESCAPE '\\' OR assist_units LIKE @q ESCAPE '\\')`,
    );
  }
  if (input.year) {
    where.push('year = @year');
    params.year = input.year;
  }
  if (input.filing) {
    where.push('filing = @filing');
    params.filing = input.filing;
  }
  if (input.result) {
    where.push('result = @result');
    params.result = input.result;
  }
  if (input.memberId) {
    where.push(
      `(lead_member_id = @memberId
        OR EXISTS (SELECT 1 FROM proposal_cosigners c WHERE c.proposal_id = proposals.id AND c.member_id = @memberId))`,
    );
    params.memberId = input.memberId;
  }
  return proposalTable.page(db, {
    where,
    params,
    orderBy: 'year DESC, submitted_on IS NULL, submitted_on DESC, id DESC',
    limit: input.limit,
    offset: input.offset,
  });
}
