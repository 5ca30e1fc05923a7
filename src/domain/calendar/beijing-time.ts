/**
 * Instants as read in the jurisdiction: 北京时间 (UTC+8, no daylight saving since 1991). Pure: the
 * caller passes the instant (the domain never reads the time itself). One place for the offset, so
 * the portal, the back office, letters and the clock agree on which day an instant belongs to.
 */
import type { LocalDate } from './local-date.ts';

/** China Standard Time's offset from UTC. */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const shifted = (at: Date): string => new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString();

/**
 * The Beijing date of an instant.
 * @example beijingDate(new Date('2026-12-06T16:30:00Z')) // '2026-12-07'
 */
export function beijingDate(at: Date): LocalDate {
  return shifted(at).slice(0, 10) as LocalDate;
}

/**
 * The Beijing date and time to the minute, `YYYY-MM-DD HH:mm`.
 * @example beijingMinute(new Date('2026-11-22T02:05:00Z')) // '2026-11-22 10:05'
 */
export function beijingMinute(at: Date): string {
  const text = shifted(at);
  return `${text.slice(0, 10)} ${text.slice(11, 16)}`;
}

/**
 * The Beijing time of day, `HH:mm`.
 * @example beijingClockTime(new Date('2026-11-22T02:05:00Z')) // '10:05'
 */
export function beijingClockTime(at: Date): string {
  return shifted(at).slice(11, 16);
}
