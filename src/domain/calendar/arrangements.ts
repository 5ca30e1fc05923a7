/**
 * A year's 放假安排: the 国务院办公厅 notice (《关于YYYY年部分节假日安排的通知》, 国办发明电) that says
 * which days are rest days and which weekend days become working days (调休上班). The working-day
 * calendar (holiday-calendar.ts) is built from these; administrators enter new years through the
 * staff calendar page, checked by `validateArrangement`.
 *
 * Data is keyed by **date**, not by the notice's year: the 2019 notice moved 2018-12-29 (work) and
 * 2018-12-30/31 (rest), the 2023 notice 2022-12-31 (domain-zh §5.2). So an arrangement may hold
 * dates in the last weeks of the year before and, in principle, the first weeks of the year after.
 */
import {
  addDays,
  compareDates,
  daysBetween,
  formatChineseDate,
  isoWeekday,
  isWeekend,
  localDate,
  parseLocalDate,
  type LocalDate,
} from './local-date.ts';

/** One year's arrangement, as published. */
export type YearArrangement = {
  year: number;
  /** 文号 or title of the notice (several notices joined by 「；」, e.g. 2020's extension). */
  notice: string;
  /** The notice's URL on gov.cn (several separated by spaces). */
  source: string;
  /** Every day of every rest range, the weekend days inside the ranges included; ascending. */
  restDays: readonly LocalDate[];
  /** 调休上班: the weekend days that are working days; ascending. */
  workdays: readonly LocalDate[];
};

/** Longest range accepted in one `a..b` (the longest real one, 2020's 春节, was 10 days). */
export const MAX_RANGE_DAYS = 31;
/** More rest days than this in one year is a typing mistake (real years have about 30). */
export const MAX_REST_DAYS = 60;
/** More 调休上班 days than this in one year is a typing mistake (real years have at most 8). */
export const MAX_WORKDAYS = 20;
/** Years an arrangement may be entered for (the 2007 条例 took effect on 2008-05-01). */
export const ARRANGEMENT_YEARS = { min: 2008, max: 2100 } as const;

const RANGE_SEPARATOR = /\s*(?:\.\.|至|~|～)\s*/;

/**
 * Reads one date or one range `YYYY-MM-DD..YYYY-MM-DD` (also `至`, `~`) into its days.
 * @returns the days, or a Chinese message
 * @example expandDateRange('2017-01-27..2017-02-02') // { days: ['2017-01-27', …, '2017-02-02'] } (7 days)
 */
export function expandDateRange(text: string): { days: LocalDate[] } | { error: string } {
  const parts = text.trim().split(RANGE_SEPARATOR);
  const [fromText = '', toText = fromText] = parts;
  const from = parseLocalDate(fromText);
  const to = parseLocalDate(toText);
  if (parts.length > 2 || from === null || to === null) {
    return { error: `无法识别的日期或时段「${text.trim()}」（应为 2027-01-01 或 2027-01-01..2027-01-03）` };
  }
  const length = daysBetween(from, to) + 1;
  if (length < 1) {
    return { error: `时段「${text.trim()}」的结束日期早于开始日期` };
  }
  if (length > MAX_RANGE_DAYS) {
    return { error: `时段「${text.trim()}」长达 ${length} 天，超过 ${MAX_RANGE_DAYS} 天，请核对` };
  }
  return { days: Array.from({ length }, (_, i) => addDays(from, i)) };
}

/**
 * Expands literal ranges (for data written in code); throws on a bad literal.
 * @example expandRanges(['2019-05-01..2019-05-04']) // 4 days
 * @throws Error when a literal is not a date or a range
 */
export function expandRanges(items: readonly string[]): LocalDate[] {
  return uniqueSortedDates(
    items.flatMap((item) => {
      const result = expandDateRange(item);
      if ('error' in result) {
        throw new Error(result.error);
      }
      return result.days;
    }),
  );
}

/** Sorts ascending and drops repeats. */
export function uniqueSortedDates(dates: Iterable<LocalDate>): LocalDate[] {
  return [...new Set(dates)].sort(compareDates);
}

/**
 * The window of dates a year's notice may touch: from 1 December of the year before to 31 January
 * of the year after. Wider than any real notice, narrow enough to catch a mistyped year.
 */
export function arrangementWindow(year: number): { from: LocalDate; to: LocalDate } {
  return { from: localDate(`${year - 1}-12-01`), to: localDate(`${year + 1}-01-31`) };
}

const URL_PATTERN = /^https?:\/\/([a-z0-9-]+\.)*gov\.cn(:\d+)?(\/\S*)?$/i;

function sourceErrors(source: string): string[] {
  const urls = source.trim().split(/\s+/).filter(Boolean);
  if (urls.length === 0) {
    return ['请填写通知在中国政府网（gov.cn）上的网址'];
  }
  const bad = urls.filter((url) => !URL_PATTERN.test(url));
  return bad.length === 0 ? [] : [`来源须为政府网站（gov.cn）上通知的网址，「${bad[0] ?? ''}」不是`];
}

function headerErrors(arrangement: YearArrangement): string[] {
  const { year, notice } = arrangement;
  const errors: string[] = [];
  if (!Number.isInteger(year) || year < ARRANGEMENT_YEARS.min || year > ARRANGEMENT_YEARS.max) {
    errors.push(`年度须为 ${ARRANGEMENT_YEARS.min} 至 ${ARRANGEMENT_YEARS.max} 之间的整数`);
  }
  if (notice.trim() === '') {
    errors.push('请填写通知的文号或标题');
  } else if (notice.length > 300) {
    errors.push('通知文号或标题过长（不超过 300 字）');
  }
  return [...errors, ...sourceErrors(arrangement.source)];
}

function repeated(dates: readonly LocalDate[]): LocalDate[] {
  const seen = new Set<LocalDate>();
  return dates.filter((date) => seen.has(date) || !seen.add(date));
}

function dayErrors(arrangement: YearArrangement): string[] {
  const { restDays, workdays } = arrangement;
  const errors: string[] = [];
  if (restDays.length === 0) {
    errors.push('没有放假日期：请至少填写一个放假时段');
  }
  if (restDays.length > MAX_REST_DAYS) {
    errors.push(`放假日期共 ${restDays.length} 天，超过 ${MAX_REST_DAYS} 天，请核对`);
  }
  if (workdays.length > MAX_WORKDAYS) {
    errors.push(`调休上班日共 ${workdays.length} 天，超过 ${MAX_WORKDAYS} 天，请核对`);
  }
  for (const date of new Set([...repeated(restDays), ...repeated(workdays)])) {
    errors.push(`${formatChineseDate(date, false)}重复填写`);
  }
  const rest = new Set(restDays);
  for (const date of workdays) {
    if (rest.has(date)) {
      errors.push(`${formatChineseDate(date, false)}同时填为放假日和上班日`);
    }
    if (!isWeekend(date)) {
      errors.push(`调休上班日${formatChineseDate(date)}不是周末：只有星期六、星期日才需要填为上班日`);
    }
  }
  return errors;
}

function windowErrors(arrangement: YearArrangement): string[] {
  if (!Number.isInteger(arrangement.year)) {
    return [];
  }
  const { from, to } = arrangementWindow(arrangement.year);
  const outside = [...arrangement.restDays, ...arrangement.workdays].filter(
    (d) => compareDates(d, from) < 0 || compareDates(d, to) > 0,
  );
  return outside.map(
    (date) =>
      `${formatChineseDate(date, false)}不在 ${arrangement.year} 年度安排的范围内（${formatChineseDate(from, false)}至${formatChineseDate(to, false)}），请检查年份`,
  );
}

/**
 * Everything wrong with an arrangement, as Chinese sentences for the admin page and the import
 * (empty when it may be saved). At most `limit` messages.
 * @example validateArrangement({ year: 2027, notice: '', source: '', restDays: [], workdays: [] })
 *   // ['请填写通知的文号或标题', '请填写通知在中国政府网（gov.cn）上的网址', '没有放假日期：…']
 */
export function validateArrangement(arrangement: YearArrangement, limit = 20): string[] {
  return [...headerErrors(arrangement), ...dayErrors(arrangement), ...windowErrors(arrangement)].slice(
    0,
    limit,
  );
}

/** Weekday rest days (the days that change a count: rest days falling on a weekend change nothing). */
export function weekdayRestDays(arrangement: YearArrangement): LocalDate[] {
  return arrangement.restDays.filter((date) => isoWeekday(date) <= 5);
}
