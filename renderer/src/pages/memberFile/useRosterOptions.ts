import { useMemberNames } from '../../members/useMemberNames';

export interface RosterOption {
  value: number;
  label: string;
}

/**
 * Every member in the archive, by name and 界别, to pick whose file to open: members who left
 * included (their past years' files are asked for too).
 */
export function useRosterOptions(): RosterOption[] {
  return useMemberNames().map((m) => ({ value: m.id, label: m.sector ? `${m.name}（${m.sector}）` : m.name }));
}
