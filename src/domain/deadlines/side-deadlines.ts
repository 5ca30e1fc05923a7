/**
 * The shorter periods around a reply, counted like the reply period (start day not counted; the
 * n-th working day after it): the 补正 notice (第三十条), a consulted party's answer (第三十二条、
 * 第三十四条) and the fee payment (信息处理费, 「在收到收费通知次日起」, domain-zh §3.4 [S]).
 *
 * The day counts are not here: they belong to the statutory version of the case
 * (statutory-periods.ts), so each function takes the version and answers null where that version
 * has no such period (the 2007 条例 had none of the three).
 */
import type { WorkingDayCalendar } from '../calendar/holiday-calendar.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import { addWorkingDays, type WorkingDayResult } from '../calendar/working-days.ts';
import type { StatutoryPeriods } from './statutory-periods.ts';

function countOrNull(
  days: number | null,
  start: LocalDate,
  calendar: WorkingDayCalendar,
): WorkingDayResult | null {
  return days === null ? null : addWorkingDays(calendar, start, days);
}

/**
 * Last day to send the 补正 notice (第三十条: 「自收到申请之日起7个工作日内一次性告知」).
 * @returns null when the version has no such rule (2007 条例)
 * @example correctionNoticeDue(localDate('2024-09-27'), calendar, ORDINANCE_2019) // { date: '2024-10-12', provisional: false }
 */
export function correctionNoticeDue(
  received: LocalDate,
  calendar: WorkingDayCalendar,
  version: StatutoryPeriods,
): WorkingDayResult | null {
  return countOrNull(version.correctionNoticeDays, received, calendar);
}

/**
 * Last day for a consulted third party (第三十二条) or organ (第三十四条) to answer: 15 工作日 from
 * its receipt of the 征求意见书. Pass the day it was received, or (as an estimate) the day it was sent.
 * @returns null when the version sets no period (2007 条例第二十三条 set none)
 * @example consultationReplyDue(localDate('2024-10-08'), calendar, ORDINANCE_2019) // { date: '2024-10-28', provisional: false }
 */
export function consultationReplyDue(
  sent: LocalDate,
  calendar: WorkingDayCalendar,
  version: StatutoryPeriods,
): WorkingDayResult | null {
  return countOrNull(version.consultationReplyDays, sent, calendar);
}

/**
 * Last day to pay the 信息处理费: 20 工作日 counted from the day after the fee notice was received;
 * unpaid by then, the application counts as abandoned (「逾期未缴纳的视为放弃申请」).
 * @returns null when the version has no 信息处理费 (2007 条例)
 * @example feePaymentDue(localDate('2024-10-08'), calendar, ORDINANCE_2019) // { date: '2024-11-04', provisional: false }
 */
export function feePaymentDue(
  noticeReceived: LocalDate,
  calendar: WorkingDayCalendar,
  version: StatutoryPeriods,
): WorkingDayResult | null {
  return countOrNull(version.feePaymentDays, noticeReceived, calendar);
}
