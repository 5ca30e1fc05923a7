/**
 * Calendar dates without a time or a zone (YYYY-MM-DD), the unit of every statutory period.
 * Deadlines are local dates in China Standard Time; the shell turns "now" into today's date
 * (app/clock.ts) and the domain only ever sees dates.
 */

/** A valid calendar date written YYYY-MM-DD. Build with `parseLocalDate` or `localDate`. */
export type LocalDate = string & { readonly __localDate: true };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Reads YYYY-MM-DD; null when malformed or not a real date (2023-02-29).
 * @example parseLocalDate('2024-02-29') // '2024-02-29'
 */
export function parseLocalDate(text: string): LocalDate | null {
  const match = PATTERN.exec(text.trim());
  if (!match) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? (text.trim() as LocalDate) : null;
}

/**
 * Like `parseLocalDate` but throws on bad input (for literals in data and tests).
 * @throws Error when `text` is not a real date
 */
export function localDate(text: string): LocalDate {
  const date = parseLocalDate(text);
  if (date === null) {
    throw new Error(`not a date: ${text}`);
  }
  return date;
}

const toUtc = (date: LocalDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10) as LocalDate;

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** True on Saturday and Sunday. */
export function isWeekend(date: LocalDate): boolean {
  return isoWeekday(date) >= 6;
}

/** -1, 0 or 1, for sorting and comparisons (never compare formatted strings elsewhere). */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const difference = toUtc(a) - toUtc(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** The calendar year of a date. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'] as const;

/**
 * The date as Chinese users read it.
 * @example formatChineseDate(localDate('2024-10-08')) // '2024年10月8日（星期二）'
 */
export function formatChineseDate(date: LocalDate, withWeekday = true): string {
  const text = `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  return withWeekday ? `${text}（星期${WEEKDAY_NAMES[isoWeekday(date) - 1] ?? ''}）` : text;
}
