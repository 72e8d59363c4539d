import { describe, expect, it } from 'vitest';
import { normalizeTimeText } from '../../renderer/src/forms/timeText';
import { zhDate, zhWhen, planWhen, quarterLabel, quarterOfMonth } from '../../shared/zhDates';

describe('dates the Chinese way', () => {
  it('writes a date as 年月日 without leading zeros', () => {
    expect(zhDate('2026-05-04')).toBe('2026年5月4日');
    expect(zhDate('2026-12-31')).toBe('2026年12月31日');
  });

  it('writes an activity’s time range as one phrase, on screen and in print alike', () => {
    expect(zhWhen({ startsOn: '2026-05-14' })).toBe('2026年5月14日');
    expect(zhWhen({ startsOn: '2026-05-14', startTime: '09:00' })).toBe('2026年5月14日 09:00');
    expect(zhWhen({ startsOn: '2026-05-14', startTime: '09:00', endsOn: '2026-05-14', endTime: '11:30' })).toBe(
      '2026年5月14日 09:00—11:30',
    );
    expect(zhWhen({ startsOn: '2026-05-14', endsOn: '2026-05-16' })).toBe('2026年5月14日至16日');
    expect(zhWhen({ startsOn: '2026-05-30', endsOn: '2026-06-02' })).toBe('2026年5月30日至6月2日');
    expect(zhWhen({ startsOn: '2026-12-30', startTime: '14:00', endsOn: '2027-01-02', endTime: '12:00' })).toBe(
      '2026年12月30日 14:00至2027年1月2日 12:00',
    );
  });

  it('writes a plan item’s month and 旬, with the year when asked', () => {
    expect(planWhen(5, 'mid', 2026)).toBe('2026年5月中旬');
    expect(planWhen(11, 'late')).toBe('11月下旬');
    expect(planWhen(1, 'early')).toBe('1月上旬');
    expect(planWhen(6, null)).toBe('6月');
  });

  it('names the quarter of each month', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOfMonth)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect([1, 2, 3, 4].map((q) => quarterLabel(q as 1 | 2 | 3 | 4))).toEqual([
      '第一季度',
      '第二季度',
      '第三季度',
      '第四季度',
    ]);
  });

  it('reads times as clerks type them', () => {
    expect(normalizeTimeText('9:30')).toBe('09:30');
    expect(normalizeTimeText(' 14：05 ')).toBe('14:05');
    expect(normalizeTimeText('8.00')).toBe('08:00');
    expect(normalizeTimeText('0930')).toBe('09:30');
    expect(normalizeTimeText('上午九点')).toBe('上午九点');
  });
});
