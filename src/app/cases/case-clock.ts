/**
 * A case's reply deadline now: the pure engine over the facts its events give, with the
 * special states around it — while a 补正 is awaited the period has not started again; once
 * closed no clock runs, but the case keeps the statutory deadline it had when it closed, so that
 * 「按时答复」 can be counted (closed_on ≤ due_on; decision 018). Used for the stored snapshot
 * (queues sort on it) and for the case page's 「为什么是这个日期」.
 */
import type { WorkingDayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import type { CaseFile } from '../../domain/case/case-file.ts';
import { clockFactsOf } from '../../domain/case/clock-facts-of.ts';
import { computeDueDate } from '../../domain/deadlines/due-date.ts';
import { DEADLINE_SETTINGS } from '../../domain/deadlines/deadline-settings.ts';

export type CaseClock = {
  /**
   * The reply deadline. For a closed case: the deadline in force when it closed (null when none
   * ran then: closed while awaiting the 补正, or while a pause stopped the clock).
   */
  due: LocalDate | null;
  provisional: boolean;
  /** Why there is no running date: awaiting the applicant's 补正, clock stopped, or closed. */
  state: 'running' | 'awaitingCorrection' | 'stopped' | 'closed';
  steps: readonly { text: string }[];
  version: string;
};

/** The deadline of a case as its file stands. */
export function caseClock(file: CaseFile, calendar: WorkingDayCalendar): CaseClock {
  const result = computeDueDate(clockFactsOf(file), calendar, DEADLINE_SETTINGS);
  if (file.status === 'closed') {
    const isAwaitingCorrection = file.correction !== null && file.correction.receivedOn === null;
    return {
      due: isAwaitingCorrection ? null : result.due,
      provisional: isAwaitingCorrection ? false : result.provisional,
      state: 'closed',
      steps: result.steps,
      version: result.version,
    };
  }
  if (file.status === 'awaitingCorrection') {
    const steps = [
      ...result.steps,
      { text: '已发出补正告知，答复期限自收到补正后的申请之日起重新计算（条例第三十条）' },
    ];
    return { due: null, provisional: false, state: 'awaitingCorrection', steps, version: result.version };
  }
  return {
    due: result.due,
    provisional: result.provisional,
    state: result.due === null ? 'stopped' : 'running',
    steps: result.steps,
    version: result.version,
  };
}
