/** The local bodies a draft names, as the clerks' own plans and summaries do. */
export interface LocalNames {
  /** e.g. 城关镇政协联络组 */
  group: string;
  /** e.g. 城关镇 / 城关街道 ("全镇"/"全街道" follow from it) */
  place: string;
  /** 镇 or 街道 or 乡: how the text says "the whole township" (全镇). */
  placeWord: string;
  /** e.g. 城关镇党委 / 城关街道党工委 */
  partyCommittee: string;
  /** e.g. 城关镇人民政府 / 城关街道办事处 */
  government: string;
  /** e.g. 江北区政协 ('' when not set) */
  parentCommittee: string;
}

export interface GroupNames {
  name: string;
  parentCommittee: string;
  partyCommittee: string;
  government: string;
}

const GROUP_SUFFIX = /(政协工作联络组|政协联络组|政协工委|政协联络处|政协委员联络组|联络组|联络处)$/;

/**
 * The names as set in 设置, and where a clerk left them empty, as the group's name implies them:
 * 城关镇政协联络组 → 城关镇党委, 城关镇人民政府; 城关街道政协工委 → 城关街道党工委, 城关街道办事处.
 */
export function localNames(g: GroupNames): LocalNames {
  const group = g.name.trim() || '政协联络组';
  const place = group.replace(GROUP_SUFFIX, '').trim();
  const placeWord = place.endsWith('街道') ? '街道' : place.endsWith('乡') ? '乡' : '镇';
  const derivedParty = place ? (placeWord === '街道' ? `${place}党工委` : `${place}党委`) : `${placeWord}党委`;
  const derivedGovernment = place
    ? placeWord === '街道'
      ? `${place}办事处`
      : `${place}人民政府`
    : placeWord === '街道'
      ? '街道办事处'
      : `${placeWord}政府`;
  return {
    group,
    place,
    placeWord,
    partyCommittee: g.partyCommittee.trim() || derivedParty,
    government: g.government.trim() || derivedGovernment,
    parentCommittee: g.parentCommittee.trim(),
  };
}

/** "在城关镇党委的领导和江北区政协的指导下" */
export function underLeadership(n: LocalNames): string {
  return n.parentCommittee
    ? `在${n.partyCommittee}的领导和${n.parentCommittee}的指导下`
    : `在${n.partyCommittee}的领导下`;
}
