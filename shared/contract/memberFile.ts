import { z } from 'zod';
import type { Activity, Participant } from './activities';
import type { OpinionReport } from './opinionReports';
import type { Proposal } from './proposals';
import type { DutyEvidenceCell, DutyMatrix, DutyRow } from './duty';
import type { Member } from './members';
import { id, year } from './fields';
import { query } from './define';

// A file's rows keep the field types of the records (and the attendance sheet) they are read from.

/** A held activity the member was on the attendance sheet of. */
export type FileActivity = Pick<Activity, 'id' | 'type' | 'title' | 'startsOn' | 'place'> &
  Pick<Participant, 'attendance' | 'leaveReason' | 'role'>;

export type FileProposal = Pick<
  Proposal,
  'id' | 'title' | 'number' | 'submittedOn' | 'filing' | 'result' | 'satisfaction'
> & {
  /** 领衔 or 联名. */
  role: 'lead' | 'cosigner';
};

export type FileOpinionReport = Pick<
  OpinionReport,
  'id' | 'title' | 'submittedOn' | 'status' | 'adoptedLevel' | 'endorsement'
>;

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
