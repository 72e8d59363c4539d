import { useEffect, useState } from 'react';
import type { MemberName } from '../../../../shared/contract/members';
import type { PlanItem } from '../../../../shared/contract/plan';
import { call } from '../../api/client';

/** Serving members (在任), by name, to put on an attendance sheet. */
export function useRoster(): MemberName[] {
  const [members, setMembers] = useState<MemberName[]>([]);
  useEffect(() => {
    let live = true;
    void call('members.names', { status: 'active' }).then((r) => {
      if (live && r.ok) setMembers(r.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return members;
}

/** The plan items of a year, for "which plan item this activity fulfils". */
export function usePlanItems(year: number): PlanItem[] {
  const [items, setItems] = useState<PlanItem[]>([]);
  useEffect(() => {
    let live = true;
    void call('plan.list', { year }).then((r) => {
      if (live) setItems(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [year]);
  return items;
}
