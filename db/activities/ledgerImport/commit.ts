import type { ParsedInput } from '../../../shared/api';
import {
  rowPlace,
  type LedgerImportOutcome,
  type LedgerImportRow,
  type LedgerUnknownName,
} from '../../../shared/contract/ledgerImport';
import type { Archive } from '../../archive';
import { audit } from '../../audit/log';
import { createBackup } from '../../backup/create';
import { ArchiveError } from '../../errors';
import { insertMember } from '../../members/import/insertMember';
import { nameKey, nameOrderOf } from '../../members/order/nameKey';
import { activityTable } from '../repo';
import { replaceParticipants, type ParticipantRow } from '../participants';
import { memberTable } from '../../members/repo';
import { zhDate } from '../../../shared/zhDates';
import { previewLedger } from './preview';

type Input = ParsedInput<'activities.importLedger'>;

/** How many bad rows a refusal spells out; the rest are counted. */
const LISTED = 5;
const WHAT = '往年活动台账导入';

function refuseBad(bad: LedgerImportRow[]): ArchiveError {
  const listed = bad
    .slice(0, LISTED)
    .map((r) => `${rowPlace(r)}：${r.errors.join('；')}`)
    .join('\n');
  const more = bad.length > LISTED ? `\n……另有 ${bad.length - LISTED} 行有误` : '';
  return new ArchiveError(
    'INVALID_INPUT',
    `有 ${bad.length} 行有误，未导入任何活动。请改正后重新导入，或选择“仅导入无误的行”：\n${listed}${more}`,
  );
}

/** The choices must be about names the preview listed as not on the roster. */
function checkChoices(input: Input, unknown: Map<string, LedgerUnknownName>): void {
  const stray = [...input.matches.map((m) => m.name), ...input.addFormer].filter((n) => !unknown.has(n));
  if (stray.length)
    throw new ArchiveError(
      'INVALID_INPUT',
      `“${stray.join('”“')}”不是台账中名册里没有的姓名，无法对应或添加。请重新选择文件后再导入。`,
    );
}

/** The row's activity; a blank value is left to the archive's default (意见建议 0 条, 已开展). */
function activityFields(row: LedgerImportRow): Record<string, unknown> {
  const { type, title, startsOn, endsOn, startTime, endTime, status, place, content, responsible, organiser, notes } =
    row;
  const fields = {
    type,
    title,
    startsOn,
    endsOn,
    startTime,
    endTime,
    status,
    place,
    content,
    responsible,
    organiser,
    notes,
  };
  return Object.fromEntries(
    Object.entries({
      ...fields,
      collective: row.collective,
      suggestionsCount: row.suggestionsCount,
      reportTitle: row.reportTitle,
    }).filter(([, v]) => v !== null),
  );
}

const today = () => new Date().toISOString().slice(0, 10);

/** A former member as the ledger shows them: 已离任, serving the years they appear in (the clerk can correct both dates). */
function formerMember(u: LedgerUnknownName, fileName: string) {
  const lastDay = `${u.lastYear}-12-31`;
  return {
    name: u.name,
    status: 'left',
    joinedOn: `${u.firstYear}-01-01`,
    leftOn: lastDay < today() ? lastDay : today(),
    notes: `由往年活动台账“${fileName}”添加：台账中出现于 ${u.firstYear === u.lastYear ? u.firstYear : `${u.firstYear}–${u.lastYear}`} 年，任职、离任日期按这些年份记，请按实际改正。`,
  };
}

/**
 * Imports a past years' activity ledger. The file is read and checked again — the preview the
 * clerk saw is never trusted — and any bad row refuses the whole file unless the clerk chose to
 * import only the good rows; duplicates are always skipped. A pre-import backup is made first;
 * then the former members the clerk chose to add, every activity and its attendance are written
 * in one transaction, each with an audit row, so an import is all or nothing.
 */
export async function importLedger(archive: Archive, input: Input): Promise<LedgerImportOutcome> {
  const { fileName } = input;
  const preview = await previewLedger(archive.db, fileName, Buffer.from(input.dataBase64, 'base64'));
  if (preview.headersMissing.length)
    throw new ArchiveError('INVALID_INPUT', `“${fileName}”缺少“${preview.headersMissing.join('”“')}”列，未导入。`);
  const bad = preview.rows.filter((r) => r.errors.length);
  if (bad.length && !input.onlyGood) throw refuseBad(bad);
  const good = preview.rows.filter((r) => !r.errors.length);
  const chosen = good.filter((r) => !r.duplicateOf);
  if (!chosen.length)
    throw new ArchiveError(
      'INVALID_INPUT',
      good.length
        ? `文件中的 ${good.length} 项活动都已在档案中（或在文件中重复），没有需要导入的活动。`
        : `“${fileName}”中没有可导入的活动。`,
    );
  const unknown = new Map(preview.unknownNames.map((u) => [u.name, u]));
  checkChoices(input, unknown);

  const backup = await createBackup(archive, 'pre-import');
  const db = archive.db;
  return db.transaction(() => {
    const memberOf = new Map(input.matches.map((m) => [m.name, m.memberId]));
    const order = nameOrderOf(db);
    for (const name of input.addFormer) {
      const id = insertMember(db, formerMember(unknown.get(name)!, fileName), (n) => nameKey(n, order));
      memberOf.set(name, id);
      audit(db, {
        entity: 'member',
        entityId: id,
        action: 'import',
        summary: `${WHAT}：添加往届委员 ${name}（${fileName}）`,
        after: memberTable.get(db, id),
      });
    }
    let attendance = 0;
    const leftOut = new Set<string>();
    for (const row of chosen) {
      const sheet = new Map<number, ParticipantRow>();
      for (const a of row.attendees) {
        const memberId = a.memberId ?? memberOf.get(a.name);
        if (memberId === undefined) leftOut.add(a.name);
        else if (!sheet.has(memberId))
          sheet.set(memberId, { memberId, attendance: a.attendance, leaveReason: a.reason });
      }
      attendance += sheet.size;
      activityTable.create(db, activityFields(row), (id) => replaceParticipants(db, id, [...sheet.values()]), {
        action: 'import',
        summary: (a) => `${WHAT}：活动 ${zhDate(a.startsOn)} ${a.title}（${fileName} ${rowPlace(row)}）`,
      });
    }
    return {
      imported: chosen.length,
      skippedBad: bad.length,
      skippedDuplicates: good.length - chosen.length,
      attendance,
      addedMembers: input.addFormer.length,
      namesLeftOut: leftOut.size,
      years: [...new Set(chosen.map((r) => Number(r.startsOn!.slice(0, 4))))].sort(),
      backup: backup.name,
    };
  })();
}
