import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api';
import {
  endsBeforeStart,
  endsBeforeStartMessage,
  endTimeBeforeStart,
  endTimeBeforeStartMessage,
  type Activity,
} from '../../shared/contract/activities';
import { ArchiveError } from '../errors';
import { zhDate } from '../../shared/zhDates';
import { addToSheet, markAttendance, newcomers, participantsOf, replaceParticipants } from './participants';
import { assertLivePlanItem } from '../plan/repo';
import { prepared } from '../repo/statements';
import { listFilter, type ListFilter } from '../repo/listFilter';
import { tableRepo } from '../repo/table';

export const activityTable = tableRepo<Activity, 'year' | 'participants'>({
  table: 'activities',
  entity: 'activity',
  label: '活动',
  fields: {
    type: 'text',
    title: 'text',
    startsOn: 'text',
    startTime: 'text',
    endsOn: 'text',
    endTime: 'text',
    place: 'text',
    content: 'text',
    responsible: 'text',
    organiser: 'text',
    collective: 'bool',
    suggestionsCount: 'int',
    suggestionsText: 'text',
    reportTitle: 'text',
    followUp: 'text',
    status: 'text',
    planItemId: 'int',
    notes: 'text',
  },
  defaults: { collective: true, suggestionsCount: 0, status: 'held' },
  describe: (a) => `活动 ${zhDate(a.startsOn)} ${a.title}`,
  hydrate: (db, a) => ({ ...a, year: Number(a.startsOn.slice(0, 4)), participants: participantsOf(db, a.id) }),
});

type CreateInput = ParsedInput<'activities.create'>;
type Patch = ParsedInput<'activities.update'>['patch'];
type ListInput = ParsedInput<'activities.list'>;

export function createActivity(db: Database.Database, input: CreateInput): Activity {
  return db.transaction(() => {
    if (input.planItemId) assertLivePlanItem(db, input.planItemId);
    return activityTable.create(db, input, (id) => replaceParticipants(db, id, input.participants ?? []));
  })();
}

/** The patch applied to the stored row must still give a possible date/time range. */
function assertRange(before: Activity, patch: Patch): void {
  const pick = <K extends 'startsOn' | 'endsOn' | 'startTime' | 'endTime'>(k: K) =>
    patch[k] !== undefined ? patch[k] : before[k];
  const range = {
    startsOn: pick('startsOn'),
    endsOn: pick('endsOn'),
    startTime: pick('startTime'),
    endTime: pick('endTime'),
  };
  if (endsBeforeStart(range)) throw new ArchiveError('INVALID_INPUT', endsBeforeStartMessage);
  if (endTimeBeforeStart(range)) throw new ArchiveError('INVALID_INPUT', endTimeBeforeStartMessage);
}

export function updateActivity(db: Database.Database, id: number, patch: Patch): Activity {
  return db.transaction(() => {
    assertRange(activityTable.get(db, id), patch);
    if (patch.planItemId) assertLivePlanItem(db, patch.planItemId);
    const { participants } = patch;
    return activityTable.update(
      db,
      id,
      patch,
      participants ? () => replaceParticipants(db, id, participants) : undefined,
    );
  })();
}

export function setAttendance(db: Database.Database, input: ParsedInput<'activities.setAttendance'>): Activity {
  const { activityId, ...cell } = input;
  return activityTable.update(db, activityId, {}, () => markAttendance(db, activityId, cell));
}

/** Adds members not yet on the sheet; when all of them already are, nothing changes. */
export function addParticipants(db: Database.Database, input: ParsedInput<'activities.addParticipants'>): Activity {
  return db.transaction(() => {
    const activity = activityTable.get(db, input.activityId);
    const fresh = newcomers(db, activity.id, input.memberIds);
    if (fresh.length === 0) return activity;
    return activityTable.update(db, activity.id, {}, () => addToSheet(db, activity.id, fresh, input.attendance));
  })();
}

/**
 * The year's activities per month of their first day (January first), with the list's filters:
 * the calendar's year view, one grouped count instead of twelve one-row pages (a merged
 * district's year: ~90 ms → a few ms).
 */
export function activityMonthCounts(db: Database.Database, input: ParsedInput<'activities.monthCounts'>): number[] {
  const { where, params } = filtersOf(input);
  const rows = prepared(
    db,
    `SELECT CAST(substr(starts_on, 6, 2) AS INTEGER) AS month, count(*) AS n FROM activities
     WHERE ${where.join(' AND ')} GROUP BY month`,
  ).all(params) as { month: number; n: number }[];
  const counts = Array.from({ length: 12 }, () => 0);
  for (const r of rows) counts[r.month - 1] = r.n;
  return counts;
}

const orders = {
  dateDesc: 'starts_on DESC, start_time DESC, id DESC',
  dateAsc: 'starts_on, start_time, id',
} as const;

/** The WHERE of the list's filters, shared by the page and the year's count per month. */
function filtersOf(input: Omit<ListInput, 'orderBy' | 'limit' | 'offset'>) {
  return (
    activityListFilters(listFilter(input.scope), input)
      .equal('year', input.year)
      .when('month', input.month, 'CAST(substr(starts_on, 6, 2) AS INTEGER) = @month')
      // Overlap with the days asked for: starts by the last of them, ends (or, in one day, starts) by the first.
      .when('from', input.from, 'coalesce(ends_on, starts_on) >= @from')
      .when('to', input.to, 'starts_on <= @to')
      .when(
        'memberId',
        input.memberId,
        'EXISTS (SELECT 1 FROM activity_participants p WHERE p.activity_id = activities.id AND p.member_id = @memberId)',
      )
  );
}

/** The filters the list and the calendar share: the clerk's words, the type and the status. */
export const activityListFilters = (filter: ListFilter, input: Pick<ListInput, 'q' | 'type' | 'status'>) =>
  filter.text(input.q, ['title', 'place', 'content']).equal('type', input.type).equal('status', input.status);

export function listActivities(db: Database.Database, input: ListInput) {
  const orderBy = orders[input.orderBy ?? 'dateDesc'];
  return activityTable.page(db, filtersOf(input), { orderBy, limit: input.limit, offset: input.offset });
}
