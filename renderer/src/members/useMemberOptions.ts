import type { NamedMember } from '../../../shared/contract/namedMember';
import { MemberStatus } from '../../../shared/enums';
import { useMemberNames } from './useMemberNames';

/** One member to pick: the name shown, the pinyin initials searched (张伟 → zw). */
export interface MemberOption {
  value: number;
  label: string;
  initials: string;
}

/**
 * Every member of the roster, by name, to pick as a proposal's lead, a report's author, a deed's
 * or a document's member. Members who left are offered too (last year's records name them),
 * marked as such; the names a record already carries are kept even when the member has since
 * been deleted.
 */
export function useMemberOptions(named: NamedMember[] = []): MemberOption[] {
  const options = useMemberNames().map((m) => ({
    value: m.id,
    label: m.status === 'active' ? m.name : `${m.name}（${MemberStatus.label(m.status)}）`,
    initials: m.nameInitials,
  }));
  const known = new Set(options.map((o) => o.value));
  const gone = named
    .filter((n) => !known.has(n.memberId))
    .map((n) => ({ value: n.memberId, label: n.name, initials: '' }));
  return [...options, ...gone];
}

/** Typing 王 or wjg finds 王建国. */
export function matchesMember(typed: string, option?: MemberOption): boolean {
  if (!option) return false;
  const t = typed.trim().toLowerCase();
  return option.label.includes(t) || option.initials.toLowerCase().startsWith(t);
}
