/**
 * Counting 工作日 on a WorkingDayCalendar.
 *
 * The start day is not counted (民法典第二百零一条 「开始的当日不计入，自下一日开始计算」), and the
 * result is the n-th working day after it, so a period never ends on a rest day (第二百零三条: a
 * period ending on a 法定休假日 ends on the day after the holiday). That these 民法典 rules apply to
 * 信息公开 periods is a reading (domain-zh §1.12, [U]); docs/decisions/008 records it.
 *
 * Calendars from `buildCalendar` count arithmetically; any other implementation of the interface
 * (a test double) is stepped through day by day with the same results.
 */
import type { WorkingDayCalendar, WorkingDayCounter } from './holiday-calendar.ts';
import { addDays, compareDates, type LocalDate } from './local-date.ts';

/** A computed date and whether any day it was counted over is provisional. */
export type WorkingDayResult = { date: LocalDate; provisional: boolean };

/** Day-by-day counting, for calendars without a fast counter. */
function steppingCounter(calendar: WorkingDayCalendar): WorkingDayCounter {
  return {
    countBetween: (from, to) => {
      let count = 0;
      for (let day = addDays(from, 1); compareDates(day, to) <= 0; day = addDays(day, 1)) {
        count += calendar.isWorkingDay(day) ? 1 : 0;
      }
      return count;
    },
    nthAfter: (start, n) => {
      let day = start;
      for (let found = 0; found < n;) {
        day = addDays(day, 1);
        found += calendar.isWorkingDay(day) ? 1 : 0;
      }
      return day;
    },
    hasProvisionalBetween: (after, through) => {
      for (let day = addDays(after, 1); compareDates(day, through) <= 0; day = addDays(day, 1)) {
        if (calendar.isProvisional(day)) {
          return true;
        }
      }
      return false;
    },
  };
}

function counterOf(calendar: WorkingDayCalendar): WorkingDayCounter {
  return 'counter' in calendar
    ? (calendar as { counter: WorkingDayCounter }).counter
    : steppingCounter(calendar);
}

/**
 * The `n`-th working day after `start` (the start day itself is not counted).
 * @param n working days, a whole number ≥ 0 (0 gives `start` back)
 * @returns the date, and `provisional` when any day in (start, date] is provisional
 * @throws RangeError when `n` is negative or not a whole number
 * @example
 * // received Friday 2024-09-27; 10/1–10/7 国庆, 9/29 (Sunday) 调休上班
 * addWorkingDays(calendar, localDate('2024-09-27'), 20) // { date: '2024-10-30', provisional: false }
 */
export function addWorkingDays(calendar: WorkingDayCalendar, start: LocalDate, n: number): WorkingDayResult {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  }
  if (n === 0) {
    return { date: start, provisional: false };
  }
  const counter = counterOf(calendar);
  const date = counter.nthAfter(start, n);
  return { date, provisional: counter.hasProvisionalBetween(start, date) };
}

/**
 * Working days in (from, to]: `from` not counted, `to` counted; 0 when `to` is not after `from`.
 * Used for the days a pause takes out of the reply period.
 * @example workingDaysBetween(calendar, localDate('2024-09-30'), localDate('2024-10-08')) // 1 (10/1–10/7 国庆)
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, from: LocalDate, to: LocalDate): number {
  return counterOf(calendar).countBetween(from, to);
}

/**
 * The first working day after `date`.
 * @example nextWorkingDay(calendar, localDate('2025-01-27')) // { date: '2025-02-05', … } (春节 1/28–2/4)
 */
export function nextWorkingDay(calendar: WorkingDayCalendar, date: LocalDate): WorkingDayResult {
  return addWorkingDays(calendar, date, 1);
}

/**
 * True when any day in (after, through] is provisional (its year's, or the next year's, arrangement
 * is missing).
 */
export function isProvisionalBetween(
  calendar: WorkingDayCalendar,
  after: LocalDate,
  through: LocalDate,
): boolean {
  return counterOf(calendar).hasProvisionalBetween(after, through);
}
