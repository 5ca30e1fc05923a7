/**
 * The 期限计算器 form as query parameters: reading them (nothing trusted: lengths capped, dates
 * parsed strictly), turning them into clock facts or Chinese messages per field, and mapping the
 * engine's DeadlineInputError back to the field it is about.
 */
import { parseLocalDate, type LocalDate } from '../../domain/calendar/local-date.ts';
import { isIntakeChannel, type IntakeChannel } from '../../domain/case/channels.ts';
import type { ClockFacts, ClockPause, PauseReason } from '../../domain/deadlines/clock-facts.ts';
import type { DeadlineInputError } from '../../domain/deadlines/deadline-errors.ts';

/** How many pauses the form offers. */
export const CALCULATOR_PAUSES = 3;

/** One pause row as typed. */
export type PauseValues = { reason: string; from: string; to: string };

/** The form as typed (strings, shown again as they were). */
export type CalculatorValues = {
  received: string;
  channel: string;
  correction: string;
  pauses: PauseValues[];
  extend: string;
  deferred: string;
};

/** Field name → Chinese message. */
export type CalculatorErrors = Record<string, string>;

const PAUSE_REASONS: readonly PauseReason[] = ['thirdParty', 'coProducer', 'fee'];

/** Field names of pause row `index` (0-based). */
export const pauseField = (index: number, part: keyof PauseValues) => `p${index + 1}${part}`;

/**
 * Reads the query; `isSubmitted` is false for a first visit (no field present at all).
 * @example readCalculatorQuery({ received: '2024-09-27' }).values.received // '2024-09-27'
 */
export function readCalculatorQuery(query: Record<string, string | undefined>): {
  values: CalculatorValues;
  isSubmitted: boolean;
} {
  const get = (name: string) => (query[name] ?? '').trim().slice(0, 40);
  const pauses = Array.from({ length: CALCULATOR_PAUSES }, (_, i) => ({
    reason: get(pauseField(i, 'reason')),
    from: get(pauseField(i, 'from')),
    to: get(pauseField(i, 'to')),
  }));
  const values = {
    received: get('received'),
    channel: get('channel'),
    correction: get('correction'),
    pauses,
    extend: get('extend'),
    deferred: get('deferred'),
  };
  return { values, isSubmitted: query.received !== undefined };
}

function readDate(text: string, field: string, label: string, errors: CalculatorErrors): LocalDate | null {
  if (text === '') {
    return null;
  }
  const date = parseLocalDate(text);
  if (date === null) {
    errors[field] = `${label}「${text}」不是有效的日期，请按 年-月-日 填写，如 2024-09-27`;
  }
  return date;
}

function readPause(values: PauseValues, index: number, errors: CalculatorErrors): ClockPause | null {
  if (values.from === '' && values.to === '') {
    return null;
  }
  const label = `第 ${index + 1} 个暂停期间`;
  const from = readDate(values.from, pauseField(index, 'from'), `${label}的开始日期`, errors);
  const to = readDate(values.to, pauseField(index, 'to'), `${label}的结束日期`, errors);
  if (values.from === '') {
    errors[pauseField(index, 'from')] = `请填写${label}的开始日期`;
  }
  const reason = PAUSE_REASONS.find((r) => r === values.reason);
  if (reason === undefined) {
    errors[pauseField(index, 'reason')] = `请选择${label}的原因`;
  }
  return from === null || reason === undefined ? null : { reason, from, to };
}

function readExtension(text: string, errors: CalculatorErrors): number {
  if (text === '') {
    return 0;
  }
  if (!/^\d{1,3}$/.test(text)) {
    errors.extend = '延长的工作日数应为整数，如 20';
    return 0;
  }
  return Number(text);
}

/**
 * The facts the form describes, or the problems with it.
 * @returns facts and, for each fact-pause, the form row it came from (for mapping engine errors)
 */
export function factsFromValues(
  values: CalculatorValues,
): { facts: ClockFacts; pauseRows: number[] } | { errors: CalculatorErrors } {
  const errors: CalculatorErrors = {};
  const received = readDate(values.received, 'received', '收到申请的日期', errors);
  if (values.received === '') {
    errors.received = '请填写收到申请的日期';
  }
  if (values.channel !== '' && !isIntakeChannel(values.channel)) {
    errors.channel = '请选择提交方式';
  }
  const correctionReceived = readDate(values.correction, 'correction', '收到补正的日期', errors);
  const pauses: ClockPause[] = [];
  const pauseRows: number[] = [];
  values.pauses.forEach((row, index) => {
    const pause = readPause(row, index, errors);
    if (pause !== null) {
      pauses.push(pause);
      pauseRows.push(index);
    }
  });
  const extensionDays = readExtension(values.extend, errors);
  const deferredTo = readDate(values.deferred, 'deferred', '延迟答复的期限', errors);
  if (received === null || Object.keys(errors).length > 0) {
    return { errors };
  }
  const channel: IntakeChannel | null = isIntakeChannel(values.channel) ? values.channel : null;
  return { facts: { received, channel, correctionReceived, pauses, extensionDays, deferredTo }, pauseRows };
}

/**
 * The form field an engine refusal is about, and its message with the form's row number (the
 * engine numbers only the rows that were filled in).
 */
export function placeDeadlineError(
  error: DeadlineInputError,
  pauseRows: readonly number[],
): { field: string; message: string } {
  switch (error.field) {
    case 'received':
      return { field: 'received', message: error.message };
    case 'correctionReceived':
      return { field: 'correction', message: error.message };
    case 'pauses': {
      const row = pauseRows[error.pauseIndex ?? 0] ?? 0;
      return {
        field: pauseField(row, 'from'),
        message: error.message.replace(/^第 \d+ 个暂停期间/, `第 ${row + 1} 个暂停期间`),
      };
    }
    case 'extensionDays':
      return { field: 'extend', message: error.message };
    case 'deferredTo':
      return { field: 'deferred', message: error.message };
  }
}
