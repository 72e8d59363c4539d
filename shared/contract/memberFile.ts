import { z } from 'zod';
import type {
  ActivityType,
  AdoptionLevel,
  Attendance,
  ProposalFiling,
  ProposalResult,
  OpinionReportStatus,
  Satisfaction,
} from '../enums';
import type { DutyEvidenceCell, DutyMatrix, DutyRow } from './duty';
import type { Member } from './members';
import { id, year } from './fields';
import { query } from './define';

/** A held activity the member was on the attendance sheet of. */
export interface FileActivity {
  id: number;
  type: ActivityType;
  title: string;
  startsOn: string;
  place: string | null;
  attendance: Attendance;
  leaveReason: string | null;
  role: string | null;
}

export interface FileProposal {
  id: number;
  title: string;
  number: string | null;
  submittedOn: string | null;
  /** 领衔 or 联名. */
  role: 'lead' | 'cosigner';
  filing: ProposalFiling;
  result: ProposalResult | null;
  satisfaction: Satisfaction | null;
}

export interface FileOpinionReport {
  id: number;
  title: string;
  submittedOn: string | null;
  status: OpinionReportStatus;
  adoptedLevel: AdoptionLevel | null;
  endorsement: string | null;
}

export interface FileDeed {
  id: number;
  title: string;
  happenedOn: string | null;
  source: string | null;
}

export interface FileDutyRecord {
  id: number;
  itemCode: string;
  /** The item's label in the year's scheme; null when the code is not an item of it. */
  itemLabel: string | null;
  doneOn: string | null;
  description: string;
  evidence: string | null;
}

export interface FileSummary {
  id: number;
  title: string;
  body: string;
  updatedAt: string;
}

/** 一委员一档案: one member's duties in one year, everything in the archive that shows them. */
export interface MemberDutyFile {
  year: number;
  member: Member;
  scheme: DutyMatrix['scheme'];
  duty: DutyRow<DutyEvidenceCell>;
  activities: FileActivity[];
  proposals: FileProposal[];
  opinionReports: FileOpinionReport[];
  deeds: FileDeed[];
  dutyRecords: FileDutyRecord[];
  /** The member's 履职小结 of the year, if written. */
  summary: FileSummary | null;
}

export const memberDutyFileInput = z.object({ memberId: id, year }).strict();

export const memberFileContract = {
  'members.dutyFile': query<MemberDutyFile>()('委员年度履职档案（一委员一档案）', memberDutyFileInput),
};
