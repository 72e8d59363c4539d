import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { memberFieldLabel } from '../../shared/memberFields';
import type { DownloadFile } from '../../shared/contract/memberImport';
import { rosterKinds } from '../../shared/contract/memberImport';
import type { Member } from '../../shared/contract/members';
import { GroupRole, Position } from '../../shared/enums';
import { byName } from '../members/order/nameKey';
import { memberTable } from '../members/repo';
import { addLedgerSheet, type Cell } from './sheet';
import { zhDate } from '../../shared/zhDates';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const label = memberFieldLabel;

/** Members the clerk keeps in touch with: live and not 已离任, in the order of a printed roster. */
function currentMembers(db: Database.Database): Member[] {
  const rows = db
    .prepare(`SELECT * FROM members WHERE deleted_at IS NULL AND status <> 'left' ORDER BY ${byName()}`)
    .all() as Record<string, unknown>[];
  return rows.map(memberTable.fromRow);
}

const posts = (m: Member) =>
  [Position.label(m.position), m.groupRole === 'none' ? '' : GroupRole.label(m.groupRole)].filter(Boolean).join('、');

/**
 * 委员通讯录. The phone is written in full, unlike every other export: reaching the members is what
 * an address book is for, and the clerk exports it on purpose.
 */
function addressBook(wb: ExcelJS.Workbook, members: Member[]): void {
  const rows: Cell[][] = members.map((m, i) => [i + 1, m.name, m.sector, posts(m), m.workUnit, m.phone, m.address]);
  addLedgerSheet(
    wb,
    rosterKinds.addressBook,
    [
      { header: '序号', width: 6, kind: 'int' },
      { header: label('name'), width: 10 },
      { header: label('sector'), width: 14 },
      { header: label('position'), width: 14 },
      { header: label('workUnit'), width: 32 },
      { header: label('phone'), width: 16 },
      { header: label('address'), width: 32 },
    ],
    rows,
    ['合计', `共 ${rows.length} 人`],
  );
}

interface Birthday {
  member: Member;
  month: number;
  /** 0 when the roster only knows the year and month. */
  day: number;
  year: number;
}

function birthdayOf(m: Member): Birthday | null {
  const d = m.birthDate ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(m.birthDate) : null;
  return d ? { member: m, year: Number(d[1]), month: Number(d[2]), day: d[3] ? Number(d[3]) : 0 } : null;
}

/** Age in whole years on `today`; with only a birth month, the birthday counts as passed once its month has begun. */
function ageOn(b: Birthday, today: Date): number {
  const [m, d] = [today.getMonth() + 1, today.getDate()];
  const before = m < b.month || (m === b.month && b.day > d);
  return today.getFullYear() - b.year - (before ? 1 : 0);
}

/** 委员生日名册: by month and day of birth, so the clerk can send greetings month by month; a day's names in roster order. */
function birthdayList(wb: ExcelJS.Workbook, members: Member[], today: Date): void {
  const known = members.map(birthdayOf).filter((b): b is Birthday => b !== null);
  // A stable sort: members born on the same day stay in the roster's order.
  known.sort((a, b) => a.month - b.month || a.day - b.day);
  const rows: Cell[][] = known.map((b) => [
    `${b.month}月`,
    b.member.name,
    b.day ? `${b.month}月${b.day}日` : `${b.month}月`,
    ageOn(b, today),
    b.member.sector,
  ]);
  const unknown = members.length - known.length;
  addLedgerSheet(
    wb,
    rosterKinds.birthdays,
    [
      { header: '月份', width: 8 },
      { header: label('name'), width: 10 },
      { header: label('birthDate'), width: 12 },
      { header: '年龄', width: 8, kind: 'int' },
      { header: label('sector'), width: 14 },
    ],
    rows,
    ['合计', `共 ${rows.length} 人`, unknown ? `另有 ${unknown} 人未填写${label('birthDate')}` : ''],
  );
}

/** The address book or the birthday list as an Excel file for the renderer to download. */
export async function exportRoster(
  db: Database.Database,
  kind: keyof typeof rosterKinds,
  today: Date = new Date(),
): Promise<DownloadFile> {
  const wb = new ExcelJS.Workbook();
  const members = currentMembers(db);
  if (kind === 'addressBook') addressBook(wb, members);
  else birthdayList(wb, members, today);
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  return { name: `${rosterKinds[kind]}（${zhDate(iso)}）.xlsx`, mime: XLSX_MIME, dataBase64: data.toString('base64') };
}
