/**
 * A date as a reader of a deadline needs it: with its weekday and, where the calendar makes the day
 * other than the weekday suggests, why — a Saturday that is a working day (调休上班), a weekday that
 * is a rest day, a statutory holiday by name.
 */
import type { WorkingDayCalendar } from './holiday-calendar.ts';
import { formatChineseDate, isWeekend, type LocalDate } from './local-date.ts';
import { statutoryFestivalOn, type Festival } from './statutory-holidays.ts';

/** What kind of day a date is on the calendar. */
export type DayKind = 'workday' | 'weekend' | 'adjustedWorkday' | 'restDay';

/** A date's kind and, on a rest day, the statutory festival it belongs to. */
export type DayDescription = { kind: DayKind; festival: Festival | null };

/**
 * @example describeDay(calendar, localDate('2024-10-12')) // { kind: 'adjustedWorkday', festival: null }
 * @example describeDay(calendar, localDate('2027-01-01')) // { kind: 'restDay', festival: '元旦' }
 */
export function describeDay(calendar: WorkingDayCalendar, date: LocalDate): DayDescription {
  const isWorking = calendar.isWorkingDay(date);
  const kind: DayKind = isWeekend(date)
    ? isWorking
      ? 'adjustedWorkday'
      : 'weekend'
    : isWorking
      ? 'workday'
      : 'restDay';
  return { kind, festival: isWorking ? null : statutoryFestivalOn(date) };
}

/**
 * The date with its weekday and the reason it is (not) a working day, when that is not what its
 * weekday says.
 * @example formatWorkingDate(calendar, localDate('2024-10-12')) // '2024年10月12日（星期六，调休上班）'
 * @example formatWorkingDate(calendar, localDate('2027-01-01')) // '2027年1月1日（星期五，元旦）'
 * @example formatWorkingDate(calendar, localDate('2024-10-04')) // '2024年10月4日（星期五，休息日）'
 * @example formatWorkingDate(calendar, localDate('2024-10-08')) // '2024年10月8日（星期二）'
 */
export function formatWorkingDate(calendar: WorkingDayCalendar, date: LocalDate): string {
  const { kind, festival } = describeDay(calendar, date);
  const plain = formatChineseDate(date);
  const note = festival ?? (kind === 'adjustedWorkday' ? '调休上班' : kind === 'restDay' ? '休息日' : null);
  return note === null ? plain : `${plain.slice(0, -1)}，${note}）`;
}
