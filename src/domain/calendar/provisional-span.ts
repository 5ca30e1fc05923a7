/**
 * What is certain and what is not over the days a deadline was counted across, when some of them
 * are provisional: the years without a published 放假安排, the statutory holidays in them (certain
 * rest days by 《全国年节及纪念日放假办法》), the days owed an unknown weekday 补假 (第六条), and the
 * late Decembers the next notice may still move (decision 018).
 */
import type { WorkingDayCalendar } from './holiday-calendar.ts';
import { compareDates, yearOf, type LocalDate } from './local-date.ts';
import { makeUpOwedOf, statutoryHolidaysOf, type StatutoryHoliday } from './statutory-holidays.ts';

/** The provisional part of a span of days. */
export type ProvisionalSpan = {
  /** Years in the span without a published arrangement. */
  unpublishedYears: number[];
  /** Their statutory holidays inside the span, counted as rest days. */
  holidays: StatutoryHoliday[];
  /** Their statutory days inside the span that are owed a weekday 补假 whose date is unknown. */
  makeUpOwed: StatutoryHoliday[];
  /** Published years whose days from 12-20 on are in the span while the next year's notice is missing. */
  lateDecemberYears: number[];
};

const inside = (date: LocalDate, after: LocalDate, through: LocalDate) =>
  compareDates(date, after) > 0 && compareDates(date, through) <= 0;

/**
 * The provisional part of the days in (after, through].
 * @example provisionalSpan(calendar, localDate('2026-12-06'), localDate('2027-01-04'))
 *   // { unpublishedYears: [2027], holidays: [{ date: '2027-01-01', festival: '元旦' }], makeUpOwed: [], lateDecemberYears: [2026] }
 */
export function provisionalSpan(
  calendar: WorkingDayCalendar,
  after: LocalDate,
  through: LocalDate,
): ProvisionalSpan {
  const published = new Set(calendar.years);
  const span: ProvisionalSpan = { unpublishedYears: [], holidays: [], makeUpOwed: [], lateDecemberYears: [] };
  for (let year = yearOf(after); year <= yearOf(through); year += 1) {
    if (!published.has(year)) {
      span.unpublishedYears.push(year);
      span.holidays.push(...statutoryHolidaysOf(year).filter((h) => inside(h.date, after, through)));
      span.makeUpOwed.push(...makeUpOwedOf(year).filter((h) => inside(h.date, after, through)));
    } else if (
      !published.has(year + 1) &&
      compareDates(through, `${year}-12-20` as LocalDate) >= 0 &&
      compareDates(after, `${year}-12-31` as LocalDate) < 0
    ) {
      span.lateDecemberYears.push(year);
    }
  }
  return span;
}
