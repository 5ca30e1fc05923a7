import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber, isWeekendDayNumber, weekdaysBefore } from './day-number.ts';
import {
  addDays,
  compareDates,
  daysBetween,
  formatChineseDate,
  isoWeekday,
  isWeekend,
  localDate,
  parseLocalDate,
  yearOf,
} from './local-date.ts';

describe('local dates', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['2024-1-01', null],
    [' 2024-10-01 ', '2024-10-01'],
    ['1899-12-31', null],
    ['3000-01-01', null],
    ['', null],
  ])('parseLocalDate(%j) → %s', (text, expected) => {
    expect(parseLocalDate(text)).toBe(expected);
  });

  it('does calendar arithmetic across month, leap-day and year ends', () => {
    expect(addDays(localDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(localDate('2024-12-31'), 1)).toBe('2025-01-01');
    expect(daysBetween(localDate('2024-01-01'), localDate('2025-01-01'))).toBe(366);
    expect(compareDates(localDate('2024-10-08'), localDate('2024-10-10'))).toBe(-1);
    expect([
      isoWeekday(localDate('2024-10-06')),
      isWeekend(localDate('2024-10-06')),
      yearOf(localDate('2024-10-06')),
    ]).toEqual([7, true, 2024]);
  });

  it('formats dates as Chinese readers write them', () => {
    expect(formatChineseDate(localDate('2024-10-08'))).toBe('2024年10月8日（星期二）');
    expect(formatChineseDate(localDate('2024-10-08'), false)).toBe('2024年10月8日');
  });
});

describe('day numbers (the calendar’s integer form of a date)', () => {
  it('round-trips every day from 1900 to 2999 and agrees on weekends', () => {
    for (let day = dayNumber(localDate('1900-01-01')); day <= dayNumber(localDate('2999-12-31')); day += 1) {
      const date = dateOfDayNumber(day);
      if (dayNumber(date) !== day || isWeekendDayNumber(day) !== isWeekend(date)) {
        throw new Error(`day ${day} → ${date}`);
      }
    }
    expect(dateOfDayNumber(0)).toBe('1970-01-01');
  });

  it('counts weekdays between two days by difference', () => {
    const between = (a: string, b: string) =>
      weekdaysBefore(dayNumber(localDate(b)) + 1) - weekdaysBefore(dayNumber(localDate(a)) + 1);
    expect(between('2024-10-04', '2024-10-11')).toBe(5);
    expect(between('1969-12-25', '1970-01-05')).toBe(7);
  });
});
