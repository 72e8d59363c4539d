import type { MemberName } from '../../../shared/contract/members';
import type { MemberStatus } from '../../../shared/enums';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';

/** The roster's names, all of them or those of one status (在任 for an attendance sheet). */
export function useMemberNames(status?: MemberStatus): MemberName[] {
  return useQuery(() => call('members.names', status ? { status } : {}), [status]).value ?? [];
}
