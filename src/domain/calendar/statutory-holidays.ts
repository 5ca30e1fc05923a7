/**
 * The holidays 《全国年节及纪念日放假办法》 itself fixes (第二条, 全体公民放假的节日), by the version in
 * force in a year. In a year whose 国务院办公厅 notice is not yet published these days are certain rest
 * days; only the 调休 (第七条) and the weekday of a 补假 (第六条) wait for the notice (decision 018).
 *
 * - 国务院令第513号 (2007-12-14, in force 2008-01-01): 元旦 1月1日; 春节 3天 (农历除夕、正月初一、初二);
 *   清明、端午、中秋 1天 each; 劳动节 5月1日; 国庆节 10月1日、2日、3日.
 * - 国务院令第644号 (2013-12-11, in force 2014-01-01): 春节 3天 (农历正月初一、初二、初三).
 * - 国务院令第795号 (2024-11-10, in force 2025-01-01): 春节 4天 (农历除夕、正月初一至初三); 劳动节 2天
 *   (5月1日、2日) (domain-zh §5.1 [V]).
 *
 * 第六条: 「全体公民放假的假日，如果适逢周六、周日，应当在工作日补假。」 The notice says which weekday;
 * until it is out the day is unknown (setting `provisionalMakeUpDay`, deadline-settings.ts).
 */
import { ARRANGEMENT_YEARS } from './arrangements.ts';
import { dayNumber } from './day-number.ts';
import { FESTIVAL_DATES } from './lunar-festival-dates.ts';
import { addDays, compareDates, isWeekend, localDate, type LocalDate } from './local-date.ts';

/** The festivals of 第二条 (元旦 was 新年 before the 2024 text; one name is used throughout). */
export type Festival = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';

/** One statutory holiday day. */
export type StatutoryHoliday = { date: LocalDate; festival: Festival };

/** A version of the 办法: the 春节 days (offsets from 正月初一) and the 劳动节 days. */
type HolidayRules = {
  order: string;
  inForceFromYear: number;
  springOffsets: readonly number[];
  mayDays: number;
};

/** The versions, newest first. */
const HOLIDAY_RULES: readonly HolidayRules[] = [
  { order: '国务院令第795号', inForceFromYear: 2025, springOffsets: [-1, 0, 1, 2], mayDays: 2 },
  { order: '国务院令第644号', inForceFromYear: 2014, springOffsets: [0, 1, 2], mayDays: 1 },
  { order: '国务院令第513号', inForceFromYear: 2008, springOffsets: [-1, 0, 1], mayDays: 1 },
];

/** How a provisional year treats the unknown 补假 weekday (setting `provisionalMakeUpDay`). */
export type ProvisionalMakeUpDay = 'workingDay' | 'followingWeekday';

/**
 * The 办法 version in force in `year` (every version took effect on 1 January), by its order number.
 * @example holidayRulesOrder(2024) // '国务院令第644号'
 */
export function holidayRulesOrder(year: number): string | null {
  return HOLIDAY_RULES.find((r) => year >= r.inForceFromYear)?.order ?? null;
}

const at = (year: number, monthDay: string) => localDate(`${year}-${monthDay}`);

/** The days of one year, computed from the rules and the festival table. */
function computeHolidays(year: number): StatutoryHoliday[] {
  const rules = HOLIDAY_RULES.find((r) => year >= r.inForceFromYear);
  const lunar = FESTIVAL_DATES[year];
  if (rules === undefined || lunar === undefined || year > ARRANGEMENT_YEARS.max) {
    return [];
  }
  const [springFestival, qingming, dragonBoat, midAutumn] = lunar;
  const newYear = at(year, springFestival);
  const days: StatutoryHoliday[] = [
    { date: at(year, '01-01'), festival: '元旦' },
    ...rules.springOffsets.map((offset) => ({ date: addDays(newYear, offset), festival: '春节' as const })),
    { date: at(year, qingming), festival: '清明节' },
    ...['05-01', '05-02']
      .slice(0, rules.mayDays)
      .map((monthDay) => ({ date: at(year, monthDay), festival: '劳动节' as const })),
    { date: at(year, dragonBoat), festival: '端午节' },
    { date: at(year, midAutumn), festival: '中秋节' },
    ...['10-01', '10-02', '10-03'].map((monthDay) => ({
      date: at(year, monthDay),
      festival: '国庆节' as const,
    })),
  ];
  return days.sort((a, b) => compareDates(a.date, b.date));
}

/**
 * Every year's days, derived once when the module loads (immutable data like the festival table,
 * not a cache: the calendar is built per request and must not recompute ~1,200 dates each time).
 */
const HOLIDAYS_BY_YEAR: ReadonlyMap<number, readonly StatutoryHoliday[]> = new Map(
  Array.from({ length: ARRANGEMENT_YEARS.max - ARRANGEMENT_YEARS.min + 1 }, (_, i) => {
    const year = ARRANGEMENT_YEARS.min + i;
    return [year, Object.freeze(computeHolidays(year))] as const;
  }),
);

/**
 * The statutory holiday days of a year, in date order; a day two festivals share (中秋 on 10月1日,
 * as in 2020 and 2031) is listed once per festival. Empty outside 2008–2100.
 * @example statutoryHolidaysOf(2027).map((h) => h.date).slice(0, 5)
 *   // ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'] (元旦; 除夕, 初一–初三)
 */
export function statutoryHolidaysOf(year: number): readonly StatutoryHoliday[] {
  return HOLIDAYS_BY_YEAR.get(year) ?? [];
}

/**
 * The festival of a statutory holiday day, or null (the first festival when two share the day).
 * @example statutoryFestivalOn(localDate('2027-01-01')) // '元旦'
 */
export function statutoryFestivalOn(date: LocalDate): Festival | null {
  return statutoryHolidaysOf(Number(date.slice(0, 4))).find((h) => h.date === date)?.festival ?? null;
}

/**
 * The statutory days that are owed a weekday 补假 (第六条): those on a Saturday or Sunday, and the
 * second festival of a day two festivals share (practice: 2020's 国庆 and 中秋 gave 8 days).
 * @example makeUpOwedOf(2027).map((h) => h.date) // ['2027-02-06', '2027-02-07', '2027-05-01', '2027-05-02', '2027-10-02', '2027-10-03']
 */
export function makeUpOwedOf(year: number): StatutoryHoliday[] {
  const seen = new Set<LocalDate>();
  return statutoryHolidaysOf(year).filter((holiday) => {
    const isShared = seen.has(holiday.date);
    seen.add(holiday.date);
    return isWeekend(holiday.date) || isShared;
  });
}

/**
 * The `followingWeekday` reading of the unknown 补假: for each festival, as many weekdays right after
 * its last statutory day as it has days owed, skipping statutory days and days already given. This
 * matches 62 of the 64 补假 of 2008–2026 (not 2012's 端午, given on the Friday before, nor 2015's
 * 中秋, folded into 国庆); it is still a guess, which is why it is not the default.
 * @example followingWeekdayMakeUps(2027) // ['2027-02-09', '2027-02-10', '2027-05-03', '2027-05-04', '2027-10-04', '2027-10-05']
 */
export function followingWeekdayMakeUps(year: number): LocalDate[] {
  const holidays = statutoryHolidaysOf(year);
  const statutory = new Set(holidays.map((h) => h.date));
  const owedByFestival = new Map<Festival, number>();
  for (const owed of makeUpOwedOf(year)) {
    owedByFestival.set(owed.festival, (owedByFestival.get(owed.festival) ?? 0) + 1);
  }
  const given = new Set<LocalDate>();
  for (const [festival, count] of owedByFestival) {
    let day = holidays.filter((h) => h.festival === festival).at(-1)!.date;
    for (let left = count; left > 0;) {
      day = addDays(day, 1);
      if (!isWeekend(day) && !statutory.has(day) && !given.has(day)) {
        given.add(day);
        left -= 1;
      }
    }
  }
  return [...given].sort(compareDates);
}

/** Rest days of the years 2008–2100 as day numbers, per reading of the 补假, derived once at load. */
const REST_DAY_NUMBERS: Readonly<Record<ProvisionalMakeUpDay, ReadonlyMap<number, readonly number[]>>> = {
  workingDay: restDayNumbers(false),
  followingWeekday: restDayNumbers(true),
};

function restDayNumbers(withMakeUps: boolean): ReadonlyMap<number, readonly number[]> {
  return new Map(
    [...HOLIDAYS_BY_YEAR.keys()].map((year) => {
      const dates = [
        ...statutoryHolidaysOf(year).map((h) => h.date),
        ...(withMakeUps ? followingWeekdayMakeUps(year) : []),
      ];
      return [year, Object.freeze([...new Set(dates.map(dayNumber))])] as const;
    }),
  );
}

/**
 * The rest days a year without an arrangement has under `makeUpDay`, as day numbers (day-number.ts):
 * the statutory days, plus the guessed 补假 under `followingWeekday`. For the calendar's counter.
 */
export function provisionalRestDayNumbers(year: number, makeUpDay: ProvisionalMakeUpDay): readonly number[] {
  return REST_DAY_NUMBERS[makeUpDay].get(year) ?? [];
}
