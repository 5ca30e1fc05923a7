/**
 * Which application of the month this is, for 按件计收 (国办函〔2020〕109号 第四条: 「同一申请人
 * 一个自然月内累计申请…」). A 自然月 is the calendar month (1st to last day), not 30 days back.
 */
import { compareDates, yearOf, type LocalDate } from '../calendar/local-date.ts';

/** Months since year 0: equal for two dates of the same 自然月 (no string comparison). */
const monthOf = (date: LocalDate): number => yearOf(date) * 12 + Number(date.slice(5, 7)) - 1;

/**
 * The count of the applicant's applications in the 自然月 of `date`, up to and including this one.
 *
 * Pass the receipt dates of the applicant's applications **up to and including this one**, as the
 * shell reads them in receipt order. Dates in other months and dates after `date` are ignored, so
 * the whole history may be passed; but several applications on one day cannot be ordered by date,
 * so same-day applications received *after* this one must be left out by the caller.
 *
 * @param applicationDatesOfApplicant receipt dates (收到申请之日), this application's included
 * @param date this application's receipt date
 * @returns 1 for the first application of the month, 11 for the first one that costs 100元
 * @throws Error when `date` is not in the list (this application was left out: the count would be one short)
 * @example monthlyOrdinal([localDate('2025-03-31'), localDate('2025-04-01'), localDate('2025-04-02')], localDate('2025-04-02')) // 2
 */
export function monthlyOrdinal(applicationDatesOfApplicant: readonly LocalDate[], date: LocalDate): number {
  const month = monthOf(date);
  let count = 0;
  let includesThis = false;
  for (const other of applicationDatesOfApplicant) {
    const order = compareDates(other, date);
    includesThis ||= order === 0;
    if (order <= 0 && monthOf(other) === month) {
      count += 1;
    }
  }
  if (!includesThis) {
    throw new Error(`monthlyOrdinal: the list must include this application (${date})`);
  }
  return count;
}
