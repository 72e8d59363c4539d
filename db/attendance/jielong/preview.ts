import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api';
import { jielongChange, type JielongPreview, type JielongRow } from '../../../shared/contract/jielong';
import { ArchiveError } from '../../errors';
import { activityTable } from '../../activities/repo';
import { prepared } from '../../repo/statements';
import { nameMatcher, type RosterName } from './match';
import { parseJielong } from './parse';

/** Members a 接龙 may name: every member not in the recycle bin. */
export const rosterOf = (db: Database.Database) =>
  prepared(
    db,
    'SELECT id, name, sector FROM members WHERE deleted_at IS NULL ORDER BY name_initials, name, id',
  ).all() as RosterName[];

/** Reads the pasted 接龙 against the roster and the activity's sheet; writes nothing. */
export function previewJielong(db: Database.Database, input: ParsedInput<'attendance.previewJielong'>): JielongPreview {
  const activity = activityTable.get(db, input.activityId);
  const parsed = parseJielong(input.text);
  if (parsed.names.length === 0) {
    throw new ArchiveError(
      'INVALID_INPUT',
      '没有找到带编号的接龙行（如“1. 张三”“2、李四 请假（出差）”），请检查粘贴的内容是否完整。',
    );
  }
  const match = nameMatcher(rosterOf(db));
  const rows: JielongRow[] = parsed.names.map((n) => {
    const m = match(n.name);
    const row: JielongRow = { ...n, ...m };
    if (m.memberId !== undefined) row.change = jielongChange(activity.participants, m.memberId, n.status, n.reason);
    return row;
  });
  return {
    activityId: activity.id,
    title: parsed.title,
    rows,
    otherLines: parsed.otherLines,
    sheet: activity.participants,
  };
}
