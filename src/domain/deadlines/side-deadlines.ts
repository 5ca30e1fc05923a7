/**
 * The shorter periods around a reply, counted like the reply period (start day not counted; the
 * n-th working day after it): the 补正 notice (第三十条, 7 工作日), a consulted party's answer
 * (第三十二条、第三十四条, 15 工作日) and the fee payment (信息处理费, 20 工作日 「在收到收费通知次日起」,
 * domain-zh §3.4 [S]).
 */
import type { WorkingDayCalendar } from '../calendar/holiday-calendar.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import { addWorkingDays, type WorkingDayResult } from '../calendar/working-days.ts';

/** 第三十条: the 补正 notice goes out within 7 工作日 of receiving the application. */
export const CORRECTION_NOTICE_DAYS = 7;
/** 第三十二条、第三十四条: a consulted third party or organ answers within 15 工作日. */
export const CONSULTATION_REPLY_DAYS = 15;
/** 信息处理费: payment within 20 工作日 from the day after the notice is received. */
export const FEE_PAYMENT_DAYS = 20;

/**
 * Last day to send the 补正 notice (第三十条: 「自收到申请之日起7个工作日内一次性告知」).
 * @example correctionNoticeDue(localDate('2024-09-27'), calendar) // { date: '2024-10-12', provisional: false }
 */
export function correctionNoticeDue(received: LocalDate, calendar: WorkingDayCalendar): WorkingDayResult {
  return addWorkingDays(calendar, received, CORRECTION_NOTICE_DAYS);
}

/**
 * Last day for a consulted third party (第三十二条) or organ (第三十四条) to answer: 15 工作日 from
 * its receipt of the 征求意见书. Pass the day it was received, or (as an estimate) the day it was sent.
 * @example consultationReplyDue(localDate('2024-10-08'), calendar) // { date: '2024-10-28', provisional: false }
 */
export function consultationReplyDue(sent: LocalDate, calendar: WorkingDayCalendar): WorkingDayResult {
  return addWorkingDays(calendar, sent, CONSULTATION_REPLY_DAYS);
}

/**
 * Last day to pay the 信息处理费: 20 工作日 counted from the day after the fee notice was received;
 * unpaid by then, the application counts as abandoned (「逾期未缴纳的视为放弃申请」).
 * @example feePaymentDue(localDate('2024-10-08'), calendar) // { date: '2024-11-04', provisional: false }
 */
export function feePaymentDue(noticeReceived: LocalDate, calendar: WorkingDayCalendar): WorkingDayResult {
  return addWorkingDays(calendar, noticeReceived, FEE_PAYMENT_DAYS);
}
