/**
 * 条例第二十六条: 「属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。
 * 法律、法规对政府信息公开的期限另有规定的，从其规定。」 — the limit is counted in working days on the
 * working-day calendar (holidays and 调休) from the day the information was formed or changed.
 */
import { compareDates, type LocalDate } from '../calendar/local-date.ts';
import type { WorkingDayCalendar } from '../calendar/holiday-calendar.ts';
import { addWorkingDays, workingDaysBetween } from '../calendar/working-days.ts';

export const PUBLICATION_LIMIT_WORKING_DAYS = 20;
/** Working days before the limit from which an unpublished item counts as due soon (a setting we chose [U]). */
export const DUE_SOON_WORKING_DAYS = 5;

export type PublicationDeadline = {
  dueOn: LocalDate;
  provisional: boolean;
  /** Working days late (0 when on time or not yet due). */
  lateBy: number;
  state: 'onTime' | 'dueSoon' | 'overdue' | 'publishedOnTime' | 'publishedLate';
};

/**
 * The 第二十六条 limit of an item formed (or changed) on `formedOn`, judged on `publishedOn` when
 * published or on `today` when not.
 */
export function publicationDeadline(
  calendar: WorkingDayCalendar,
  formedOn: LocalDate,
  publishedOn: LocalDate | null,
  today: LocalDate,
): PublicationDeadline {
  const due = addWorkingDays(calendar, formedOn, PUBLICATION_LIMIT_WORKING_DAYS);
  const judgedOn = publishedOn ?? today;
  const late = compareDates(judgedOn, due.date) > 0;
  const lateBy = late ? workingDaysBetween(calendar, due.date, judgedOn) : 0;
  if (publishedOn !== null) {
    return {
      dueOn: due.date,
      provisional: due.provisional,
      lateBy,
      state: late ? 'publishedLate' : 'publishedOnTime',
    };
  }
  if (late) {
    return { dueOn: due.date, provisional: due.provisional, lateBy, state: 'overdue' };
  }
  const left = workingDaysBetween(calendar, today, due.date);
  return {
    dueOn: due.date,
    provisional: due.provisional,
    lateBy: 0,
    state: left <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'onTime',
  };
}
