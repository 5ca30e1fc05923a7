/**
 * How the demo year's stories (demo-year-stories.ts) are written: fictional applicants (居民身份证
 * numbers with a correct check character), a reply drafted → reviewed → signed → delivered on given
 * working days, a 复议 or 诉讼 recorded after the delivery, and the 信息处理费 of a 60-page copy.
 */
import type { WorkingDayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { addWorkingDays } from '../../domain/calendar/working-days.ts';
import { residentIdCheckCharacter } from '../../domain/applicant/id-number.ts';
import type { Decision } from '../../domain/case/decisions.ts';
import type { CaseEventData, ReplyItem, ReviewKind, ReviewResult } from '../../domain/case/events.ts';
import { computeFee } from '../../domain/fees/compute-fee.ts';

/** A fictional 居民身份证 number with a correct check character. */
function idNumber(birth: string, serial: string): string {
  const first17 = `370304${birth}${serial}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

export const person = (name: string, birth: string, serial: string, items: string) => ({
  kind: 'naturalPerson',
  idType: 'residentIdCard',
  name,
  idNumber: idNumber(birth, serial),
  phone: '13800138000',
  address: '山东省淄博市博山区演示路1号',
  postcode: '255200',
  provisionForm: 'paper',
  obtainWay: 'post',
  items,
});

export const company = (name: string, items: string) => ({
  kind: 'business',
  name,
  creditCode: '91370304MA3C5JXK40',
  legalRepresentative: '王五',
  contactPerson: '李四',
  phone: '0533-4180000',
  address: '山东省淄博市博山区工业路8号',
  postcode: '255200',
  provisionForm: 'electronic',
  obtainWay: 'email',
  email: 'info@example.com',
  items,
});

export const wd = (cal: WorkingDayCalendar, from: LocalDate, n: number) => addWorkingDays(cal, from, n).date;

export const item = (description: string, decision: Decision, reason = '', howToObtain = ''): ReplyItem => ({
  description,
  decision,
  reason,
  howToObtain: howToObtain === '' && decision === 'granted' ? '随本答复书提供' : howToObtain,
});

/** Drafted on working day `day`, reviewed and signed the next, delivered the day after. */
export function answered(
  r: LocalDate,
  cal: WorkingDayCalendar,
  day: number,
  items: ReplyItem[],
  by: 'post' | 'email' = 'post',
): CaseEventData[] {
  return [
    { kind: 'replyDrafted', on: wd(cal, r, day), items },
    { kind: 'submittedForReview', on: wd(cal, r, day) },
    { kind: 'reviewApproved', on: wd(cal, r, day + 1), comment: '同意' },
    { kind: 'signed', on: wd(cal, r, day + 1), comment: '' },
    {
      kind: 'delivered',
      on: wd(cal, r, day + 2),
      method: by,
      trackingNumber: by === 'post' ? 'XA100200300CN' : '',
    },
  ];
}

/** A 复议 or 诉讼 filed `days` calendar days after `on`, concluded 60 days later unless pending. */
export function contested(
  on: LocalDate,
  days: number,
  reviewKind: ReviewKind,
  body: string,
  result: ReviewResult,
): CaseEventData {
  const filed = addDaysIso(on, days);
  return {
    kind: 'reviewRecorded',
    on: filed,
    reviewKind,
    body,
    result,
    concludedOn: result === 'pending' ? null : addDaysIso(filed, 60),
  };
}

export function addDaysIso(date: LocalDate, n: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10) as LocalDate;
}

export const lastDelivery = (steps: CaseEventData[]) => steps[steps.length - 1]!.on;

/** Answered, then contested. */
export function answeredThenContested(
  r: LocalDate,
  cal: WorkingDayCalendar,
  items: ReplyItem[],
  contest: (delivered: LocalDate) => CaseEventData,
): CaseEventData[] {
  const steps = answered(r, cal, 12, items);
  return [...steps, contest(lastDelivery(steps))];
}

export const FEE = computeFee({ method: 'perVolume', pages: 60, isProactivelyPublished: false });
