import type { Input } from '../../shared/api';
import type { Attendance } from '../../shared/enums';
import type { TestArchive } from './archive';

/** Small builders for a year of records, all through the dispatcher as the app writes them. */
export function yearFixture(t: TestArchive) {
  const member = async (name: string, extra: Partial<Input<'members.create'>> = {}): Promise<number> =>
    (await t.must('members.create', { name, ...extra })).id;
  return {
    member,
    /** Several members in order, each a name or [name, fields]; their ids in the same order. */
    async members(...specs: (string | [string, Partial<Input<'members.create'>>])[]): Promise<number[]> {
      const ids: number[] = [];
      for (const spec of specs) ids.push(await (typeof spec === 'string' ? member(spec) : member(...spec)));
      return ids;
    },
    /** A deed of the member, in 2026 unless `extra` gives the year. */
    deed: (memberId: number, title: string, extra: Partial<Input<'deeds.create'>> = {}) =>
      t.must('deeds.create', { memberId, year: 2026, title, ...extra }),
    /** The member's 履职小结 (a member_summary document), in 2026 unless `extra` gives the year. */
    memberSummary: (memberId: number, title: string, extra: Partial<Input<'documents.create'>> = {}) =>
      t.must('documents.create', { year: 2026, kind: 'member_summary', memberId, title, ...extra }),
    /** An item of the year's 工作计划 (its month, title and kind of activity), in 2026 unless `extra` gives the year. */
    planItem: (
      month: number,
      title: string,
      activityType: Input<'plan.create'>['activityType'],
      extra: Partial<Input<'plan.create'>> = {},
    ) => t.must('plan.create', { year: 2026, month, title, activityType, ...extra }),
    /** A proposal, in 2026 unless `extra` gives the year. */
    proposal: (title: string, extra: Partial<Input<'proposals.create'>> = {}) =>
      t.must('proposals.create', { year: 2026, title, ...extra }),
    /** An opinion report by the authors, in 2026 unless `extra` gives the year. */
    opinionReport: (authorIds: number[], title: string, extra: Partial<Input<'opinionReports.create'>> = {}) =>
      t.must('opinionReports.create', { year: 2026, title, authorIds, ...extra }),
    /** A duty record the clerk entered by hand, in 2026 unless `extra` gives the year. */
    dutyRecord: (
      memberId: number,
      itemCode: string,
      description: string,
      extra: Partial<Input<'dutyRecords.create'>> = {},
    ) => t.must('dutyRecords.create', { memberId, year: 2026, itemCode, description, ...extra }),
    /** An activity with its attendance sheet given as [memberId, attendance, leave reason?]. */
    async activity(
      type: Input<'activities.create'>['type'],
      startsOn: string,
      sheet: [number, Attendance, string?][] = [],
      extra: Partial<Input<'activities.create'>> = {},
    ): Promise<number> {
      const participants = sheet.map(([memberId, attendance, leaveReason]) => ({ memberId, attendance, leaveReason }));
      return (
        await t.must('activities.create', { type, title: `${startsOn} ${type}`, startsOn, participants, ...extra })
      ).id;
    },
  };
}
