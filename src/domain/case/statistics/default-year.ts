/**
 * Which year 统计 opens on. The annual report of year Y is published by 1月31日 of Y+1
 * (《政府信息公开条例》第五十条), so in January people work on last year's tables 三/四; from
 * February on, last year's report is out and what they look at is the running count of this year
 * (and in December, the year about to be reported). Any year can still be chosen in the form.
 */
import type { LocalDate } from '../../calendar/local-date.ts';

/** The last month in which 统计 opens on the previous year (January: the report is due 1月31日). */
export const LAST_MONTH_SHOWING_PREVIOUS_YEAR = 1;

/**
 * @example defaultStatisticsYear('2026-12-06') // 2026
 * @example defaultStatisticsYear('2027-01-15') // 2026
 */
export function defaultStatisticsYear(today: LocalDate): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= LAST_MONTH_SHOWING_PREVIOUS_YEAR ? year - 1 : year;
}
