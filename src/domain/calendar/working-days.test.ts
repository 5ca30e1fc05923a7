import { describe, expect, it } from 'vitest';
import { buildCalendar, type WorkingDayCalendar } from './holiday-calendar.ts';
import { addDays, compareDates, localDate } from './local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.ts';
import { addWorkingDays, isProvisionalBetween, nextWorkingDay, workingDaysBetween } from './working-days.ts';

const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
/** The same calendar seen only through the interface: counted by stepping day by day. */
const stepped: WorkingDayCalendar = {
  isWorkingDay: (d) => calendar.isWorkingDay(d),
  isProvisional: (d) => calendar.isProvisional(d),
  years: calendar.years,
};

describe('addWorkingDays: the n-th working day after the start, the start day not counted (民法典第二百零一条)', () => {
  it.each<[string, number, string, string]>([
    ['2024-03-04', 20, '2024-04-01', 'a Monday start, no holidays'],
    ['2024-03-02', 1, '2024-03-04', 'a Saturday start: the first working day is Monday'],
    ['2024-10-01', 1, '2024-10-08', 'a start on a holiday counts from the day after it'],
    ['2024-09-27', 1, '2024-09-29', 'a 调休 Sunday counts as a working day'],
    ['2024-09-27', 3, '2024-10-08', 'the 国庆 rest days are skipped'],
    ['2024-09-27', 20, '2024-10-30', '20 working days across 国庆 and two 调休 weekends'],
    ['2018-12-28', 1, '2018-12-29', 'the year-end 调休 Saturday of the 2019 notice'],
    ['2018-12-28', 2, '2019-01-02', 'across 元旦 2019 (12/30–1/1)'],
    ['2022-12-30', 1, '2023-01-03', 'across 元旦 2023, which began on 2022-12-31'],
    ['2020-01-23', 1, '2020-02-03', 'across the extended 2020 春节 (no 2/1 make-up day)'],
    ['2019-04-30', 1, '2019-05-05', 'across 劳动节 2019 onto its make-up Sunday'],
    ['2024-02-28', 1, '2024-02-29', 'onto a leap day'],
    ['2024-02-29', 1, '2024-03-01', 'from a leap day'],
    ['2025-01-24', 5, '2025-02-07', 'across 春节 2025 with 除夕 (1/26 调休上班)'],
  ])('%s + %i → %s (%s)', (start, n, expected) => {
    const result = addWorkingDays(calendar, localDate(start), n);
    expect(result).toEqual({ date: expected, provisional: false });
    expect(addWorkingDays(stepped, localDate(start), n)).toEqual(result);
  });

  it('never ends a period on a rest day (民法典第二百零三条)', () => {
    const onRestDays: string[] = [];
    for (
      let day = localDate('2017-01-01');
      compareDates(day, localDate('2026-11-30')) <= 0;
      day = addDays(day, 1)
    ) {
      if (!calendar.isWorkingDay(addWorkingDays(calendar, day, 20).date)) {
        onRestDays.push(day);
      }
    }
    expect(onRestDays).toEqual([]);
  });

  it('flags a result provisional when it counts over a day without a published arrangement', () => {
    expect(addWorkingDays(calendar, localDate('2026-11-02'), 5).provisional).toBe(false);
    expect(addWorkingDays(calendar, localDate('2026-12-01'), 20)).toEqual({
      date: '2026-12-29',
      provisional: true,
    });
    expect(addWorkingDays(calendar, localDate('2026-12-31'), 1)).toEqual({
      date: '2027-01-04', // 2027-01-01 is 元旦 by the 办法, whatever the 2027 notice says
      provisional: true,
    });
    expect(addWorkingDays(calendar, localDate('2016-12-20'), 10).provisional).toBe(true);
  });

  it('gives the start back for 0 and refuses negative or fractional counts', () => {
    expect(addWorkingDays(calendar, localDate('2024-10-01'), 0)).toEqual({
      date: '2024-10-01',
      provisional: false,
    });
    expect(() => addWorkingDays(calendar, localDate('2024-10-01'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, localDate('2024-10-01'), 1.5)).toThrow(RangeError);
  });

  it('handles very long counts (hostile input) quickly and exactly', () => {
    const result = addWorkingDays(calendar, localDate('2024-01-01'), 100_000);
    expect(workingDaysBetween(calendar, localDate('2024-01-01'), result.date)).toBe(100_000);
    expect(result.provisional).toBe(true);
  });
});

describe('workingDaysBetween: working days in (from, to]', () => {
  it.each<[string, string, number]>([
    ['2024-09-30', '2024-10-08', 1],
    ['2024-10-08', '2024-10-08', 0],
    ['2024-10-18', '2024-10-08', 0],
    ['2024-10-07', '2024-10-14', 6],
    ['2024-09-27', '2024-10-30', 20],
    ['2018-12-28', '2019-01-02', 2],
  ])('(%s, %s] has %i', (from, to, expected) => {
    expect(workingDaysBetween(calendar, localDate(from), localDate(to))).toBe(expected);
    expect(workingDaysBetween(stepped, localDate(from), localDate(to))).toBe(expected);
  });

  it('has the official count of working days for 2024 (251)', () => {
    expect(workingDaysBetween(calendar, localDate('2023-12-31'), localDate('2024-12-31'))).toBe(251);
  });
});

describe('the fast counter agrees with day-by-day stepping', () => {
  it('for every start day from 2016-12-01 to 2027-01-31 and the statutory day counts', () => {
    const disagreements: string[] = [];
    for (
      let day = localDate('2016-12-01');
      compareDates(day, localDate('2027-01-31')) <= 0;
      day = addDays(day, 1)
    ) {
      for (const n of [1, 20]) {
        const fast = addWorkingDays(calendar, day, n);
        const slow = addWorkingDays(stepped, day, n);
        if (
          slow.date !== fast.date ||
          slow.provisional !== fast.provisional ||
          isProvisionalBetween(stepped, day, fast.date) !== fast.provisional
        ) {
          disagreements.push(`${day} + ${n}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('nextWorkingDay', () => {
  it('skips the whole of 春节 2025', () => {
    expect(nextWorkingDay(calendar, localDate('2025-01-27'))).toEqual({
      date: '2025-02-05',
      provisional: false,
    });
  });

  it('counts arithmetically: many times faster than stepping day by day (timed on the same machine)', () => {
    const perCall = (cal: WorkingDayCalendar, calls: number) => {
      const started = performance.now();
      for (let i = 0; i < calls; i += 1) {
        addWorkingDays(cal, localDate('2024-09-27'), 20);
      }
      return (performance.now() - started) / calls;
    };
    perCall(calendar, 20_000);
    expect(perCall(calendar, 20_000) * 4).toBeLessThan(perCall(stepped, 1_000));
  });
});
