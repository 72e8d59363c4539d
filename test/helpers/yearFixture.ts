import type { Input } from '../../shared/api';
import type { Attendance } from '../../shared/enums';
import type { TestArchive } from './archive';

/** Small builders for a year of records, all through the dispatcher as the app writes them. */
export function yearFixture(t: TestArchive) {
  return {
    async member(name: string, extra: Partial<Input<'members.create'>> = {}): Promise<number> {
      return (await t.must('members.create', { name, ...extra })).id;
    },
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
