/**
 * Dates as whole day numbers (days since 1970-01-01), so the working-day calendar can count and
 * search with integer arithmetic instead of building a date object per day. Internal to the
 * calendar: everything outside it speaks LocalDate.
 */
import type { LocalDate } from './local-date.ts';

const DAY_MS = 86_400_000;

/**
 * The day number of a date (1970-01-01 is 0).
 * @example dayNumber(localDate('1970-01-02')) // 1
 */
export function dayNumber(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/**
 * The date of a day number (H. Hinnant's `civil_from_days`, pure integer arithmetic).
 * @example dateOfDayNumber(19_723) // '2024-01-01'
 */
export function dateOfDayNumber(day: number): LocalDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}` as LocalDate;
}

/** True when the day number is a Saturday or Sunday (day 0, 1970-01-01, was a Thursday). */
export function isWeekendDayNumber(day: number): boolean {
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday
  return weekday >= 5;
}

/**
 * How many Monday–Friday days come before `day` counting from Monday 1969-12-29 (day −3);
 * negative before that. Only differences are meaningful: weekdays in (a, b] are
 * `weekdaysBefore(b + 1) − weekdaysBefore(a + 1)`.
 */
export function weekdaysBefore(day: number): number {
  const offset = day + 3;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}
