import { useEffect, useState } from 'react';
import { call } from '../../api/client';

export interface RosterOption {
  value: number;
  label: string;
}

/** A group has 15–60 members: the whole roster (left members too, for past years) in one call. */
const ALL = 1000;

/** Every member in the archive, by name, to pick whose file to open. */
export function useRosterOptions(): RosterOption[] {
  const [options, setOptions] = useState<RosterOption[]>([]);
  useEffect(() => {
    let live = true;
    void call('members.list', { orderBy: 'name', limit: ALL }).then((r) => {
      if (live && r.ok)
        setOptions(r.value.items.map((m) => ({ value: m.id, label: m.sector ? `${m.name}（${m.sector}）` : m.name })));
    });
    return () => {
      live = false;
    };
  }, []);
  return options;
}
