/**
 * Time-relative status of a deadline — overdue, due soon, in time, stopped — derived from the
 * stored due date and `today`, never stored (house style: store facts, derive status).
 */
import type { WorkingDayCalendar } from '../calendar/holiday-calendar.ts';
import { compareDates, type LocalDate } from '../calendar/local-date.ts';
import { workingDaysBetween } from '../calendar/working-days.ts';

/** Working days left at which a case counts as due soon (即将到期). */
export const DUE_SOON_WORKING_DAYS = 5;

/** The status kinds. */
export type TimelinessKind = 'overdue' | 'dueSoon' | 'inTime' | 'stopped';

/**
 * `workingDaysLeft`: working days after today up to and including the due date (0 on the due
 * date itself); negative when overdue (working days since the due date, −0 never shown: a rest
 * day right after the due date gives 0); null while the clock is stopped.
 */
export type Timeliness = { kind: TimelinessKind; workingDaysLeft: number | null };

/** Chinese labels. */
export const TIMELINESS_LABELS = {
  overdue: '已逾期',
  dueSoon: '即将到期',
  inTime: '期限内',
  stopped: '暂停计算',
} as const satisfies Record<TimelinessKind, string>;

/**
 * @param due the reply deadline (null: the clock is stopped)
 * @param today today's date in China Standard Time (the shell's clock)
 * @returns overdue from the day after `due` (a rest day included); due soon with ≤ 5 working days left
 * @example deriveTimeliness(localDate('2024-10-30'), localDate('2024-10-31'), calendar) // { kind: 'overdue', workingDaysLeft: -1 }
 * @example deriveTimeliness(localDate('2024-10-30'), localDate('2024-10-30'), calendar) // { kind: 'dueSoon', workingDaysLeft: 0 }
 */
export function deriveTimeliness(
  due: LocalDate | null,
  today: LocalDate,
  calendar: WorkingDayCalendar,
): Timeliness {
  if (due === null) {
    return { kind: 'stopped', workingDaysLeft: null };
  }
  if (compareDates(today, due) > 0) {
    const late = workingDaysBetween(calendar, due, today);
    return { kind: 'overdue', workingDaysLeft: late === 0 ? 0 : -late };
  }
  const left = workingDaysBetween(calendar, today, due);
  return { kind: left <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'inTime', workingDaysLeft: left };
}
