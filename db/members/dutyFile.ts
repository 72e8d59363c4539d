import type Database from 'better-sqlite3';
import type {
  FileActivity,
  FileDeed,
  FileDutyRecord,
  FileProposal,
  FileOpinionReport,
  FileSummary,
  MemberDutyFile,
} from '../../shared/contract/memberFile';
import { memberTable } from './repo';
import { prepared } from '../repo/statements';
import { memberDutyRow } from '../duty/matrix';

type Q = { memberId: number; year: number };

/** Held live activities of the year with the member on the sheet, whatever the attendance. */
function activities(db: Database.Database, q: Q): FileActivity[] {
  return prepared(
    db,
    `SELECT a.id, a.type, a.title, a.starts_on AS startsOn, a.place,
              p.attendance, p.leave_reason AS leaveReason, p.role
       FROM activity_participants p JOIN activities a ON a.id = p.activity_id
       WHERE p.member_id = @memberId AND a.deleted_at IS NULL AND a.year = @year AND a.status = 'held'
       ORDER BY a.starts_on, a.start_time, a.id`,
  ).all(q) as FileActivity[];
}

/** Proposals the member leads or co-signs; leading wins when both are recorded. */
function proposals(db: Database.Database, q: Q): FileProposal[] {
  return prepared(
    db,
    `SELECT id, title, number, submitted_on AS submittedOn,
              CASE WHEN lead_member_id = @memberId THEN 'lead' ELSE 'cosigner' END AS role,
              filing, result, satisfaction
       FROM proposals
       WHERE deleted_at IS NULL AND year = @year
         AND (lead_member_id = @memberId
              OR id IN (SELECT proposal_id FROM proposal_cosigners WHERE member_id = @memberId))
       ORDER BY submitted_on NULLS LAST, id`,
  ).all(q) as FileProposal[];
}

function opinionReports(db: Database.Database, q: Q): FileOpinionReport[] {
  return prepared(
    db,
    `SELECT r.id, r.title, r.submitted_on AS submittedOn, r.status, r.adopted_level AS adoptedLevel, r.endorsement
       FROM opinion_reports r JOIN opinion_report_members a ON a.report_id = r.id
       WHERE a.member_id = @memberId AND r.deleted_at IS NULL AND r.year = @year
       ORDER BY r.submitted_on NULLS LAST, r.id`,
  ).all(q) as FileOpinionReport[];
}

function deeds(db: Database.Database, q: Q): FileDeed[] {
  return prepared(
    db,
    `SELECT id, title, happened_on AS happenedOn, source FROM deeds
       WHERE member_id = @memberId AND deleted_at IS NULL AND year = @year ORDER BY happened_on NULLS LAST, id`,
  ).all(q) as FileDeed[];
}

function dutyRecords(db: Database.Database, q: Q, labels: Map<string, string>): FileDutyRecord[] {
  const rows = prepared(
    db,
    `SELECT id, item_code AS itemCode, done_on AS doneOn, description, evidence FROM duty_records
       WHERE member_id = @memberId AND deleted_at IS NULL AND year = @year ORDER BY done_on NULLS LAST, id`,
  ).all(q) as Omit<FileDutyRecord, 'itemLabel'>[];
  return rows.map((r) => ({ ...r, itemLabel: labels.get(r.itemCode) ?? null }));
}

/** The latest live 履职小结 of the year, should the clerk have kept more than one. */
function summary(db: Database.Database, q: Q): FileSummary | null {
  const row = prepared(
    db,
    `SELECT id, title, body, updated_at AS updatedAt FROM documents
       WHERE kind = 'member_summary' AND member_id = @memberId AND deleted_at IS NULL AND year = @year
       ORDER BY updated_at DESC, id DESC LIMIT 1`,
  ).get(q) as FileSummary | undefined;
  return row ?? null;
}

/** 一委员一档案 for one year; a member in the recycle bin has no file until restored. */
export function memberDutyFile(db: Database.Database, memberId: number, year: number): MemberDutyFile {
  const member = memberTable.get(db, memberId);
  const { scheme, row } = memberDutyRow(db, year, { id: member.id, name: member.name, sector: member.sector });
  const q = { memberId, year };
  return {
    year,
    member,
    scheme,
    duty: row,
    activities: activities(db, q),
    proposals: proposals(db, q),
    opinionReports: opinionReports(db, q),
    deeds: deeds(db, q),
    dutyRecords: dutyRecords(db, q, new Map(scheme.items.map((i) => [i.code, i.label]))),
    summary: summary(db, q),
  };
}
