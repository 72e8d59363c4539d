import type Database from 'better-sqlite3';
import type { Activity } from '../../shared/contract/activities';
import type { Deed } from '../../shared/contract/deeds';
import type { ArchiveDocument } from '../../shared/contract/documents';
import type { DutyMatrix } from '../../shared/contract/duty';
import type { GroupSettings } from '../../shared/contract/group';
import type { MemberDutyFile } from '../../shared/contract/memberFile';
import type { Member } from '../../shared/contract/members';
import type { PlanItem } from '../../shared/contract/plan';
import type { Proposal } from '../../shared/contract/proposals';
import type { OpinionReport } from '../../shared/contract/opinionReports';
import type { YearStats } from '../../shared/contract/stats';
import type { DocumentKind } from '../../shared/enums';
import type { FilingItem, FilingSettings } from '../../shared/filing';
import type { YearEndCheck } from '../../shared/contract/yearEnd';
import { readFilingSettings } from '../filing/settings';
import { yearItems } from '../filing/yearItems';
import { groupHandlers } from '../group/handlers';
import type { Context } from '../repo/context';
import { listActivities } from '../activities/repo';
import { listDeeds } from '../deeds/repo';
import { listDocuments } from '../documents/repo';
import { memberTable } from '../members/repo';
import { listOpinionReports } from '../opinionReports/repo';
import { listPlan } from '../plan/repo';
import { listProposals } from '../proposals/repo';
import { dutyMatrix } from '../duty/matrix';
import { memberDutyFile } from '../members/dutyFile';
import { yearEndChecklist } from '../yearEnd/checklist';
import { yearStats } from '../stats/yearStats';
import { packageDataDigestWith } from '../package/packageData';
import { photosOf, type Photo } from './photos';

export interface ExportActivity extends Activity {
  photos: Photo[];
}

/** Everything one year's volume and ledgers show, read once from the archive. */
export interface YearModel {
  year: number;
  /** The day the volume was compiled (YYYY-MM-DD). */
  compiledOn: string;
  group: GroupSettings;
  /** Members serving in the year, in the duty matrix's order. */
  members: Member[];
  plan: PlanItem[];
  /** Live activities of the year by date, whatever their status (the volume shows the held ones). */
  activities: ExportActivity[];
  matrix: DutyMatrix;
  stats: YearStats;
  proposals: Proposal[];
  opinionReports: OpinionReport[];
  deeds: Deed[];
  documents: Record<Exclude<DocumentKind, 'member_summary' | 'other'>, ArchiveDocument[]>;
  memberFiles: MemberDutyFile[];
  /** The year's items (件) in catalogue order, with their 档号. */
  items: FilingItem[];
  filing: FilingSettings;
  /** Every live document of the year by id (plans, summaries, members' summaries, others). */
  documentsById: Map<number, ArchiveDocument>;
  /** What the year-end checklist still finds open (the 备考表 names it). */
  openChecks: YearEndCheck[];
  /**
   * SHA-256 of the year package's data (its DATASUMS: snapshot and data files) as the archive
   * stands now, for the 备考表: the package written next carries the same, or is refused.
   */
  packageDataDigest: string;
}

/**
 * SQLite's LIMIT -1: every row. The contract caps a page at 1000 for the screens, but the volume
 * and the ledgers must hold the whole year, however many townships an archive merges.
 */
const ALL = -1;

const byDate =
  <T>(date: (x: T) => string | null) =>
  (a: T, b: T) =>
    (date(a) ?? '9999').localeCompare(date(b) ?? '9999');

function documentsOf(db: Database.Database, year: number, kind: DocumentKind): ArchiveDocument[] {
  return listDocuments(db, { year, kind, limit: ALL }).items.sort(byDate((d) => d.createdAt));
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export async function collectYear(ctx: Context, year: number): Promise<YearModel> {
  const { db } = ctx;
  const group = await groupHandlers['group.get'](ctx, {});
  // Read at the moment of the data digest's snapshot, so the 备考表 names the data it shows.
  const { digest, also: model } = await packageDataDigestWith(ctx.archive, year, () => {
    const matrix = dutyMatrix(db, year);
    const members = matrix.rows.map((r) => memberTable.get(db, r.member.id));
    const activities = listActivities(db, { year, orderBy: 'dateAsc', limit: ALL }).items.map((a) => ({
      ...a,
      photos: photosOf(db, 'activity', a.id),
    }));
    return {
      year,
      compiledOn: today(),
      group,
      members,
      plan: listPlan(db, year),
      activities,
      matrix,
      stats: yearStats(db, year),
      proposals: listProposals(db, { year, limit: ALL }).items.sort(byDate((p) => p.submittedOn)),
      opinionReports: listOpinionReports(db, { year, limit: ALL }).items.sort(byDate((r) => r.submittedOn)),
      deeds: listDeeds(db, { year, limit: ALL }).items.sort(byDate((d) => d.happenedOn)),
      documents: {
        annual_plan: documentsOf(db, year, 'annual_plan'),
        half_year_summary: documentsOf(db, year, 'half_year_summary'),
        annual_summary: documentsOf(db, year, 'annual_summary'),
      },
      memberFiles: members.map((m) => memberDutyFile(db, m.id, year)),
      items: yearItems(db, year),
      filing: readFilingSettings(db),
      documentsById: new Map(listDocuments(db, { year, limit: ALL }).items.map((d) => [d.id, d])),
      openChecks: yearEndChecklist(db, year).items.filter((c) => !c.ok),
    };
  });
  return { ...model, packageDataDigest: digest };
}
