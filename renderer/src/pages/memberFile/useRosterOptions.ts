import { useEffect, useState } from 'react';
import { call } from '../../api/client';

export interface RosterOption {
  value: number;
  label: string;
}

/** Every member in the archive, by name, to pick whose file to open. */
export function useRosterOptions(): RosterOption[] {
  const [options, setOptions] = useState<RosterOption[]>([]);
  useEffect(() => {
    let live = true;
    // The whole roster, members who left included (their past years' files are asked for too).
    void call('members.names', {}).then((r) => {
      if (live && r.ok)
        setOptions(r.value.map((m) => ({ value: m.id, label: m.sector ? `${m.name}（${m.sector}）` : m.name })));
    });
    return () => {
      live = false;
    };
  }, []);
  return options;
}
