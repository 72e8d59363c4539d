import { z } from 'zod';
import type { ActivityType, AdoptionLevel, ProposalFiling, ProposalResult, OpinionReportStatus } from '../enums';
import type { DutyMember } from './duty';
import { year } from './fields';
import { query } from './define';

export type Quarter = 1 | 2 | 3 | 4;

/** The rule the clerks' plans state: "年内组织集体活动不少于4次". */
export const MIN_COLLECTIVE_ACTIVITIES = 4;

export interface ActivityStats {
  /** Live activities of the year with status 已开展. */
  held: number;
  /** Held activities of every type (zero included), in the order of ActivityType. */
  byType: { type: ActivityType; count: number }[];
  /** Quarters 1–4: held activities, and ones still 计划中 (so a clerk sees what is coming). */
  byQuarter: { quarter: Quarter; held: number; planned: number }[];
  /** Quarters with no held activity ("每季度搞一次活动"). */
  quartersWithout: Quarter[];
  /** Held activities marked as the group's collective activities (the activity's 集体活动 flag). */
  collective: number;
  collectiveRequired: number;
  collectiveMet: boolean;
}

/** Attendance over the sheets of the year's held activities; rate = present / invited, null when nobody was invited. */
export interface Participation {
  invited: number;
  present: number;
  excused: number;
  absent: number;
  rate: number | null;
}

export interface MemberParticipation extends Participation {
  member: DutyMember;
}

export interface ActivityParticipation extends Participation {
  activity: { id: number; type: ActivityType; title: string; startsOn: string };
}

export interface MissingItem {
  itemCode: string;
  label: string;
  count: number;
  required: number;
}

export interface YearStats {
  year: number;
  activities: ActivityStats;
  participation: {
    overall: Participation;
    /** Every member serving in the year, by name. */
    members: MemberParticipation[];
    /** Every held activity of the year that has an attendance sheet, by date. */
    activities: ActivityParticipation[];
  };
  proposals: {
    total: number;
    byFiling: Record<ProposalFiling, number>;
    byResult: Record<ProposalResult, number>;
    /** Proposals with no handling result yet. */
    noResult: number;
  };
  opinionReports: {
    total: number;
    byStatus: Record<OpinionReportStatus, number>;
    byAdoptionLevel: Record<AdoptionLevel, number>;
  };
  /** Members serving in the year with duty items of the year's scheme not yet done. */
  behind: { member: DutyMember; missing: MissingItem[] }[];
}

export const yearStatsInput = z.object({ year }).strict();

export const statsContract = {
  'stats.year': query<YearStats>()(
    '年度统计（活动、集体活动、出勤率、提案、社情民意、履职未完成的委员）',
    yearStatsInput,
  ),
};
