/**
 * Facts that cannot be true are refused before anything is computed, with a Chinese message the
 * calculator, the CLI and the case pages show as they are.
 */
import { compareDates, formatChineseDate, type LocalDate } from '../calendar/local-date.ts';
import type { ClockFacts } from './clock-facts.ts';
import { EARLIEST_DATE, type StatutoryPeriods } from './statutory-periods.ts';

/** Which fact is wrong (for putting the message next to the right form field). */
export type DeadlineInputField =
  'received' | 'correctionReceived' | 'pauses' | 'extensionDays' | 'deferredTo';

/** Impossible or unlawful facts. */
export class DeadlineInputError extends Error {
  readonly field: DeadlineInputField;
  /** The pause concerned (0-based), for `pauses`. */
  readonly pauseIndex: number | null;

  /**
   * @param field the fact concerned
   * @param message one Chinese sentence
   */
  constructor(field: DeadlineInputField, message: string, pauseIndex: number | null = null) {
    super(message);
    this.name = 'DeadlineInputError';
    this.field = field;
    this.pauseIndex = pauseIndex;
  }
}

/** More pauses than any real case has: refused so hostile input cannot make the engine slow. */
export const MAX_PAUSES = 100;

const day = (date: LocalDate) => formatChineseDate(date, false);

function checkEarliest(
  field: DeadlineInputField,
  date: LocalDate | null,
  what: string,
  pauseIndex: number | null = null,
): void {
  if (date !== null && compareDates(date, EARLIEST_DATE) < 0) {
    throw new DeadlineInputError(
      field,
      `${what}（${day(date)}）早于《政府信息公开条例》施行之日（2008年5月1日），无法计算`,
      pauseIndex,
    );
  }
}

function checkPauses(facts: ClockFacts): void {
  if (facts.pauses.length > MAX_PAUSES) {
    throw new DeadlineInputError('pauses', `暂停期间不能超过 ${MAX_PAUSES} 个`);
  }
  facts.pauses.forEach((pause, index) => {
    const which = `第 ${index + 1} 个暂停期间`;
    checkEarliest('pauses', pause.from, `${which}的开始日期`, index);
    if (compareDates(pause.from, facts.received) < 0) {
      throw new DeadlineInputError(
        'pauses',
        `${which}开始于收到申请（${day(facts.received)}）之前（${day(pause.from)}）`,
        index,
      );
    }
    if (pause.to !== null && compareDates(pause.to, pause.from) < 0) {
      throw new DeadlineInputError(
        'pauses',
        `${which}的结束日期（${day(pause.to)}）早于开始日期（${day(pause.from)}）`,
        index,
      );
    }
  });
}

function checkExtension(facts: ClockFacts, version: StatutoryPeriods): void {
  const days = facts.extensionDays;
  if (!Number.isInteger(days) || days < 0) {
    throw new DeadlineInputError(
      'extensionDays',
      `延长的工作日数应为 0 至 ${version.extensionDays} 之间的整数`,
    );
  }
  if (days > version.extensionDays) {
    throw new DeadlineInputError(
      'extensionDays',
      `延长答复期限最长不得超过 ${version.extensionDays} 个工作日（${version.citations.reply}），不能延长 ${days} 个工作日`,
    );
  }
}

function checkDeferral(facts: ClockFacts, version: StatutoryPeriods, start: LocalDate): void {
  if (facts.deferredTo === null) {
    return;
  }
  if (version.citations.deferral === null) {
    throw new DeadlineInputError(
      'deferredTo',
      '2019年5月15日前收到的申请适用2007年条例，该条例没有延迟答复（现行条例第三十五条）的规定',
    );
  }
  if (compareDates(facts.deferredTo, start) <= 0) {
    throw new DeadlineInputError(
      'deferredTo',
      `延迟答复的期限（${day(facts.deferredTo)}）应晚于收到申请之日（${day(start)}）`,
    );
  }
}

/**
 * Refuses impossible facts: dates before 2008-05-01, a 补正 received before the application, a
 * pause before the receipt or ending before it starts, an extension over the maximum, a deferral
 * under the 2007 rules or not after the start.
 * @throws DeadlineInputError with a Chinese message
 */
export function checkClockFacts(facts: ClockFacts, version: StatutoryPeriods): void {
  checkEarliest('received', facts.received, '收到申请的日期');
  if (facts.correctionReceived !== null && compareDates(facts.correctionReceived, facts.received) < 0) {
    throw new DeadlineInputError(
      'correctionReceived',
      `收到补正的日期（${day(facts.correctionReceived)}）早于收到申请的日期（${day(facts.received)}）`,
    );
  }
  checkPauses(facts);
  checkExtension(facts, version);
  checkDeferral(facts, version, facts.correctionReceived ?? facts.received);
}
