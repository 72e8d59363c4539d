import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import type { DutyRecord } from '../../../shared/contract/dutyRecords';
import { ArchiveError } from '../../errors';
import { schemeForYear } from '../schemes/forYear';
import { assertLiveMembers, memberName } from '../../repo/liveMembers';
import { listFilter } from '../../repo/listFilter';
import { tableRepo } from '../../repo/table';

const itemLabel = (db: Database.Database, year: number, code: string) =>
  schemeForYear(db, year).items.find((i) => i.code === code)?.label ?? null;

export const dutyRecordTable = tableRepo<DutyRecord, 'memberName' | 'itemLabel'>({
  table: 'duty_records',
  entity: 'duty_record',
  label: '履职记录',
  fields: { memberId: 'int', year: 'int', itemCode: 'text', doneOn: 'text', description: 'text', evidence: 'text' },
  describe: (r) => `履职记录 ${r.memberName} ${r.year}年 ${r.itemLabel ?? r.itemCode}`,
  hydrate: (db, r) => ({
    ...r,
    memberName: memberName(db, r.memberId) ?? '',
    itemLabel: itemLabel(db, r.year, r.itemCode),
  }),
});

function assertItemInScheme(db: Database.Database, year: number, code: string): void {
  const scheme = schemeForYear(db, year);
  if (!scheme.items.some((i) => i.code === code)) {
    const known = scheme.items.map((i) => i.label).join('、');
    throw new ArchiveError(
      'INVALID_INPUT',
      `${year}年适用的履职方案“${scheme.name}”中没有事项 ${code}；可选的事项有：${known}。`,
    );
  }
}

type CreateInput = ParsedInput<'dutyRecords.create'>;
type Patch = ParsedInput<'dutyRecords.update'>['patch'];

export function createDutyRecord(db: Database.Database, input: CreateInput): DutyRecord {
  return db.transaction(() => {
    assertLiveMembers(db, [input.memberId], '履职记录的委员');
    assertItemInScheme(db, input.year, input.itemCode);
    return dutyRecordTable.create(db, input);
  })();
}

export function updateDutyRecord(db: Database.Database, id: number, patch: Patch): DutyRecord {
  return db.transaction(() => {
    const before = dutyRecordTable.get(db, id);
    if (patch.memberId !== undefined) assertLiveMembers(db, [patch.memberId], '履职记录的委员', [before.memberId]);
    if (patch.year !== undefined || patch.itemCode !== undefined) {
      assertItemInScheme(db, patch.year ?? before.year, patch.itemCode ?? before.itemCode);
    }
    return dutyRecordTable.update(db, id, patch);
  })();
}

/** A record in the bin may name an item its year's scheme has dropped since; it comes back only if it still fits. */
export function restoreDutyRecord(db: Database.Database, id: number): DutyRecord {
  return db.transaction(() => {
    const binned = dutyRecordTable.get(db, id, { includeDeleted: true });
    assertItemInScheme(db, binned.year, binned.itemCode);
    return dutyRecordTable.restore(db, id);
  })();
}

export function listDutyRecords(db: Database.Database, input: ParsedInput<'dutyRecords.list'>) {
  const filter = listFilter(input.scope)
    .equal('year', input.year)
    .equal('member_id', input.memberId)
    .equal('item_code', input.itemCode);
  const orderBy =
    '(SELECT m.name_key FROM members m WHERE m.id = member_id), member_id, item_code, done_on IS NULL, done_on, id';
  return dutyRecordTable.page(db, filter, { orderBy, limit: input.limit, offset: input.offset });
}
