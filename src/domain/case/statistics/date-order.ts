/**
 * Comparing case dates a million times: numbers read straight from the digits of the LocalDate
 * (YYYY-MM-DD, already validated), with no string comparison and no Date object per case.
 */
import type { LocalDate } from '../../calendar/local-date.ts';

/** The value of the digit at `index`. */
const digit = (date: string, index: number): number => date.charCodeAt(index) - 48;

/**
 * The calendar year of a date (as `yearOf`, without allocating a substring).
 * @example yearNumber(localDate('2025-01-31')) // 2025
 */
export function yearNumber(date: LocalDate): number {
  return digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
}

/**
 * A number that orders like the date. Not a day count: only for comparisons.
 * @example dateOrder(localDate('2025-01-31')) < dateOrder(localDate('2025-02-01')) // true
 */
export function dateOrder(date: LocalDate): number {
  return (
    yearNumber(date) * 512 +
    (digit(date, 5) * 10 + digit(date, 6)) * 32 +
    digit(date, 8) * 10 +
    digit(date, 9)
  );
}
