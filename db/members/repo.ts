import type Database from 'better-sqlite3';
import type { Member, MemberName } from '../../shared/contract/members';
import type { MemberStatus } from '../../shared/enums';
import type { ParsedInput } from '../../shared/api';
import { byName, memberNameKey } from './order/nameKey';
import { nameInitials } from '../search/initials';
import { prepared } from '../repo/statements';
import { listFilter } from '../repo/listFilter';
import { tableRepo } from '../repo/table';

export const memberTable = tableRepo<Member>({
  table: 'members',
  entity: 'member',
  label: '委员',
  fields: {
    name: 'text', nameInitials: 'text', gender: 'text', birthDate: 'text', ethnicity: 'text', party: 'text',
    sector: 'text', specialCommittee: 'text', committeeLevels: 'json', term: 'text', position: 'text',
    groupRole: 'text', workUnit: 'text', phone: 'text', idNumber: 'text', address: 'text',
    linkedCommunity: 'text', status: 'text', joinedOn: 'text', leftOn: 'text', notes: 'text',
  },
  writeOnly: { nameKey: 'text' },
  defaults: { committeeLevels: ['county'], position: 'member', groupRole: 'none', status: 'active' },
  describe: (m) => `委员 ${m.name}`,
});

type CreateInput = ParsedInput<'members.create'>;
type ListInput = ParsedInput<'members.list'>;

/** What a member's name decides besides itself: the initials search matches and the sort key. */
const derivedFromName = (db: Database.Database, name: string) => ({
  nameInitials: nameInitials(name),
  nameKey: memberNameKey(db, name),
});

export function createMember(db: Database.Database, input: CreateInput): Member {
  return memberTable.create(db, { ...input, ...derivedFromName(db, input.name) });
}

export function updateMember(db: Database.Database, id: number, patch: Partial<CreateInput>): Member {
  const withDerived = patch.name ? { ...patch, ...derivedFromName(db, patch.name) } : patch;
  return memberTable.update(db, id, withDerived);
}

const BY_NAME = byName();

const orders = {
  name: BY_NAME,
  sector: `sector IS NULL, sector, ${BY_NAME}`,
  createdAt: 'id',
} as const;

export function listMembers(db: Database.Database, input: ListInput) {
  // The initials match from the start (zw finds 张伟), the other fields anywhere.
  const filter = listFilter(input.scope)
    .text(input.q, ['name', 'phone', 'sector', 'work_unit', 'linked_community'], ['name_initials'])
    .equal('sector', input.sector)
    .equal('position', input.position)
    .equal('group_role', input.groupRole)
    .equal('status', input.status)
    .when('level', input.committeeLevel, 'EXISTS (SELECT 1 FROM json_each(committee_levels) WHERE value = @level)');
  const orderBy = orders[input.orderBy ?? 'name'];
  return memberTable.page(db, filter, { orderBy, limit: input.limit, offset: input.offset });
}

/**
 * Every live member (or those of one status) by name, with only what a picker needs: the pickers
 * must offer the whole roster however large the archive, so they cannot read a page of
 * members.list, and whole Member objects of a merged district's 5,000 members cost 100 ms.
 */
export function memberNames(db: Database.Database, status?: MemberStatus): MemberName[] {
  return prepared(
    db,
    // Named, not left to the planner: without statistics (a new archive has none) it prefers
    // members_live_name and sorts every row; members_names (migration 5) holds them in order.
    `SELECT id, name, name_initials AS nameInitials, sector, status FROM members INDEXED BY members_names
     WHERE deleted_at IS NULL AND (@status IS NULL OR status = @status) ORDER BY ${BY_NAME}`,
  ).all({ status: status ?? null }) as MemberName[];
}

export function memberSectors(db: Database.Database): string[] {
  return (
    db
      .prepare(`SELECT DISTINCT sector FROM members WHERE deleted_at IS NULL AND sector IS NOT NULL ORDER BY sector`)
      .all() as {
      sector: string;
    }[]
  ).map((r) => r.sector);
}
