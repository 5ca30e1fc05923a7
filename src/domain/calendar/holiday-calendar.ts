/**
 * The working-day calendar (工作日): Monday–Friday, minus the rest days of the published 放假安排,
 * plus their 调休上班 weekend days (domain-zh §1.12; 行政许可法第八十二条 「以工作日计算，不含法定节假日」
 * by analogy). A value built once from arrangements and passed in (no module cache); the shell
 * builds it from the official data plus the administrator's entries (app/calendar).
 *
 * Provisional dates: a date whose year has no arrangement, or a date from 12-20 on when the next
 * year's arrangement is missing (a new notice can move the end of December, as 2019's and 2023's
 * did). A year without an arrangement still rests on the holidays 《全国年节及纪念日放假办法》 fixes
 * (statutory-holidays.ts): those days are rest days, weekends are rest days, the 调休 and the 补假
 * weekday are unknown (setting `provisionalMakeUpDay`; decision 018); such dates are flagged.
 *
 * Counting is arithmetic, not day-by-day stepping: working days up to a day = weekdays up to it +
 * the net effect of the exceptions up to it (a sorted array with running sums, binary-searched).
 */
import { ARRANGEMENT_YEARS, type YearArrangement } from './arrangements.ts';
import { dateOfDayNumber, dayNumber, isWeekendDayNumber, weekdaysBefore } from './day-number.ts';
import type { LocalDate } from './local-date.ts';
import { provisionalRestDayNumbers, type ProvisionalMakeUpDay } from './statutory-holidays.ts';

/** What deadline rules ask of a calendar. */
export type WorkingDayCalendar = {
  /** True on a working day (工作日). */
  isWorkingDay(date: LocalDate): boolean;
  /** True when the date's year (or, from 12-20 on, the next year) has no published arrangement. */
  isProvisional(date: LocalDate): boolean;
  /** The years with an arrangement, ascending. */
  readonly years: readonly number[];
};

/** Fast counting, present on calendars made by `buildCalendar` (working-days.ts uses it when there). */
export type WorkingDayCounter = {
  /** Working days in (from, to]; 0 when `to` is not after `from`. */
  countBetween(from: LocalDate, to: LocalDate): number;
  /** The `n`-th working day after `start` (n ≥ 1). */
  nthAfter(start: LocalDate, n: number): LocalDate;
  /** True when any day in (after, through] is provisional. */
  hasProvisionalBetween(after: LocalDate, through: LocalDate): boolean;
};

/** A calendar with its fast counter. */
export type CountingCalendar = WorkingDayCalendar & { readonly counter: WorkingDayCounter };

/** How the calendar reads what the law leaves open in a year without an arrangement. */
export type CalendarSettings = {
  /** The unknown 补假 weekday (第六条): counted as a working day, or guessed as the following weekday. */
  provisionalMakeUpDay: ProvisionalMakeUpDay;
};

/** The default reading (decision 018): an unknown 补假 is counted as a working day. */
export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = { provisionalMakeUpDay: 'workingDay' };

/** The statutory rest days (day numbers) of the years 2008–2100 without an arrangement. */
function provisionalRestDays(years: ReadonlySet<number>, settings: CalendarSettings): number[] {
  const days: number[] = [];
  for (let year = ARRANGEMENT_YEARS.min; year <= ARRANGEMENT_YEARS.max; year += 1) {
    if (!years.has(year)) {
      days.push(...provisionalRestDayNumbers(year, settings.provisionalMakeUpDay));
    }
  }
  return days;
}

/**
 * Day number → working or not, for the days that differ from Monday–Friday: the statutory holidays of
 * unpublished years first, then the arrangements (later years win).
 */
function exceptionsOf(
  arrangements: readonly YearArrangement[],
  settings: CalendarSettings,
): Map<number, boolean> {
  const byYear = new Map<number, YearArrangement>();
  for (const arrangement of arrangements) {
    byYear.set(arrangement.year, arrangement); // a later entry for the same year replaces the earlier
  }
  const status = new Map<number, boolean>();
  for (const day of provisionalRestDays(new Set(byYear.keys()), settings)) {
    status.set(day, false);
  }
  for (const arrangement of [...byYear.values()].sort((a, b) => a.year - b.year)) {
    for (const date of arrangement.restDays) {
      status.set(dayNumber(date), false);
    }
    for (const date of arrangement.workdays) {
      status.set(dayNumber(date), true);
    }
  }
  return status;
}

/** Running sums of (working − weekday) over the days where they differ, sorted by day. */
function adjustmentsOf(status: ReadonlyMap<number, boolean>): { days: Float64Array; sums: Float64Array } {
  const changes = [...status]
    .map(([day, isWorking]) => [day, (isWorking ? 1 : 0) - (isWeekendDayNumber(day) ? 0 : 1)] as const)
    .filter(([, change]) => change !== 0)
    .sort((a, b) => a[0] - b[0]);
  const days = new Float64Array(changes.length);
  const sums = new Float64Array(changes.length);
  let running = 0;
  changes.forEach(([day, change], i) => {
    running += change;
    days[i] = day;
    sums[i] = running;
  });
  return { days, sums };
}

function makeCounter(status: ReadonlyMap<number, boolean>, years: ReadonlySet<number>): WorkingDayCounter {
  const { days, sums } = adjustmentsOf(status);
  /** Working days in (−∞, day], up to a constant. */
  const through = (day: number): number => {
    let low = 0;
    let high = days.length; // first index with days[index] > day
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (days[middle]! <= day) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return weekdaysBefore(day + 1) + (low === 0 ? 0 : sums[low - 1]!);
  };
  const nthAfter = (start: number, n: number): number => {
    const target = through(start) + n;
    let low = start; // through(low) < target
    let high = start + n + 2 * Math.ceil(n / 5) + 4;
    while (through(high) < target) {
      high += high - start;
    }
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (through(middle) >= target) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return high;
  };
  return {
    countBetween: (from, to) => Math.max(0, through(dayNumber(to)) - through(dayNumber(from))),
    nthAfter: (start, n) => dateOfDayNumber(nthAfter(dayNumber(start), n)),
    hasProvisionalBetween: (after, through) =>
      anyProvisional(dayNumber(after) + 1, dayNumber(through), years),
  };
}

/** Provisional days in [first, last]: whole years without an arrangement, and 12-20…12-31 before one. */
function anyProvisional(first: number, last: number, years: ReadonlySet<number>): boolean {
  if (last < first) {
    return false;
  }
  const firstYear = Number(dateOfDayNumber(first).slice(0, 4));
  const lastYear = Number(dateOfDayNumber(last).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    if (!years.has(year)) {
      return true;
    }
    if (!years.has(year + 1)) {
      const windowStart = dayNumber(`${year}-12-20` as LocalDate);
      if (last >= windowStart && first <= windowStart + 11) {
        return true;
      }
    }
  }
  return false;
}

/** The provisional rule for one date (see the module comment). */
function isProvisionalDate(date: LocalDate, years: ReadonlySet<number>): boolean {
  const year = Number(date.slice(0, 4));
  const isLateDecember = Number(date.slice(5, 7)) === 12 && Number(date.slice(8, 10)) >= 20;
  return !years.has(year) || (isLateDecember && !years.has(year + 1));
}

/**
 * Builds the calendar from arrangements; for the same year a later entry replaces an earlier one.
 * @param settings the reading of the unknown 补假 in years without an arrangement
 * @example
 * const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS);
 * calendar.isWorkingDay(localDate('2018-12-29')) // true (调休上班, 2019 notice)
 * calendar.isProvisional(localDate('2027-03-01')) // true (2027 not published)
 * calendar.isWorkingDay(localDate('2027-01-01')) // false (元旦, fixed by the 办法)
 */
export function buildCalendar(
  arrangements: readonly YearArrangement[],
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CountingCalendar {
  const status = exceptionsOf(arrangements, settings);
  const yearSet = new Set(arrangements.map((a) => a.year));
  const years = [...yearSet].sort((a, b) => a - b);
  return {
    years,
    isWorkingDay: (date) => {
      const day = dayNumber(date);
      return status.get(day) ?? !isWeekendDayNumber(day);
    },
    isProvisional: (date) => isProvisionalDate(date, yearSet),
    counter: makeCounter(status, yearSet),
  };
}
