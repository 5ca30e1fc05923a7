/**
 * `gongkai deadline`: the reply deadline of an application from its dates, with the numbered
 * step-by-step explanation in Chinese (or JSON). Uses the official 放假安排 built into the program
 * (OFFICIAL_ARRANGEMENTS), not the database: administrator-entered years show on the web calculator.
 * Bad flags and impossible dates end with exit 2 and one message, never a stack trace.
 */
import { formatWorkingDate } from '../domain/calendar/day-description.ts';
import { buildCalendar, type WorkingDayCalendar } from '../domain/calendar/holiday-calendar.ts';
import { parseLocalDate, type LocalDate } from '../domain/calendar/local-date.ts';
import { OFFICIAL_ARRANGEMENTS } from '../domain/calendar/official-arrangements.ts';
import { INTAKE_CHANNELS, isIntakeChannel } from '../domain/case/channels.ts';
import type { ClockFacts, ClockPause, PauseReason } from '../domain/deadlines/clock-facts.ts';
import { DeadlineInputError, MAX_PAUSES } from '../domain/deadlines/deadline-errors.ts';
import { DEADLINE_SETTINGS, deadlineSettingNote } from '../domain/deadlines/deadline-settings.ts';
import { computeDueDate, type DueDateResult } from '../domain/deadlines/due-date.ts';
import { periodVersionById } from '../domain/deadlines/statutory-periods.ts';
import {
  EXIT,
  UsageError,
  parseCommandArgs,
  stringOption,
  wantsHelp,
  writeErr,
  writeOut,
} from './cli-support.ts';

/** Usage of `gongkai deadline`. */
export const DEADLINE_USAGE = `用法：gongkai deadline --received DATE [选项]

  计算依申请公开的答复期限（工作日按国务院办公厅公布的放假安排），并逐步说明依据。

选项：
  --received DATE              收到申请之日（YYYY-MM-DD，按条例第三十一条确定）
  --channel CHANNEL            ${INTAKE_CHANNELS.join('|')}
  --correction-received DATE   收到补正申请之日（答复期限自该日重新计算）
  --pause FROM:TO[:REASON]     暂停计算的期间，可重复；REASON 为 thirdParty（默认）、coProducer 或 fee；
                               尚未结束的写作 FROM: 或 FROM:open
  --extend N                   经批准延长的工作日数
  --deferred DATE              依第三十五条确定的延迟答复期限
  --json                       输出 JSON：{"due", "provisional", "version", "stoppedSince", "steps"}
  --help, -h                   显示本帮助`;

const OPTIONS = {
  received: { type: 'string' },
  channel: { type: 'string' },
  'correction-received': { type: 'string' },
  pause: { type: 'string', multiple: true },
  extend: { type: 'string' },
  deferred: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const PAUSE_REASONS: readonly PauseReason[] = ['thirdParty', 'coProducer', 'fee'];

function dateFlag(flag: string, value: string): LocalDate {
  const date = parseLocalDate(value);
  if (date === null) {
    throw new UsageError(
      `--${flag} 的日期「${value.slice(0, 40)}」无效（应为存在的日期 YYYY-MM-DD）`,
      DEADLINE_USAGE,
    );
  }
  return date;
}

function optionalDate(flag: string, value: unknown): LocalDate | null {
  const text = stringOption(value);
  return text === undefined ? null : dateFlag(flag, text);
}

function pauseFlag(value: string): ClockPause {
  const [fromText = '', toText = '', reasonText = 'thirdParty', ...rest] = value.split(':');
  const reason = PAUSE_REASONS.find((r) => r === reasonText);
  if (rest.length > 0 || reason === undefined) {
    throw new UsageError(
      `--pause「${value.slice(0, 60)}」无效（应为 FROM:TO[:thirdParty|coProducer|fee]）`,
      DEADLINE_USAGE,
    );
  }
  const to = toText === '' || toText === 'open' ? null : dateFlag('pause', toText);
  return { reason, from: dateFlag('pause', fromText), to };
}

function extensionFlag(value: unknown): number {
  const text = stringOption(value);
  if (text === undefined) {
    return 0;
  }
  if (!/^\d{1,6}$/.test(text)) {
    throw new UsageError(`--extend「${text.slice(0, 40)}」无效（应为工作日数，整数）`, DEADLINE_USAGE);
  }
  return Number(text);
}

/** Reads the flags into clock facts. @throws UsageError for anything malformed */
export function readDeadlineFlags(args: readonly string[]): { facts: ClockFacts; json: boolean } {
  const { values } = parseCommandArgs(args, OPTIONS, DEADLINE_USAGE, 0);
  const received = optionalDate('received', values.received);
  if (received === null) {
    throw new UsageError('缺少 --received', DEADLINE_USAGE);
  }
  const channel = stringOption(values.channel) ?? null;
  if (channel !== null && !isIntakeChannel(channel)) {
    throw new UsageError(
      `--channel「${channel.slice(0, 40)}」无效（应为 ${INTAKE_CHANNELS.join('|')}）`,
      DEADLINE_USAGE,
    );
  }
  const pauseTexts = values.pause ?? [];
  if (pauseTexts.length > MAX_PAUSES) {
    throw new UsageError(`--pause 过多（最多 ${MAX_PAUSES} 个）`, DEADLINE_USAGE);
  }
  const facts: ClockFacts = {
    received,
    channel,
    correctionReceived: optionalDate('correction-received', values['correction-received']),
    pauses: pauseTexts.map(pauseFlag),
    extensionDays: extensionFlag(values.extend),
    deferredTo: optionalDate('deferred', values.deferred),
  };
  return { facts, json: values.json === true };
}

/** The human-readable answer: the date, the rules applied, the numbered steps, the setting notes. */
export function formatDeadline(result: DueDateResult, calendar: WorkingDayCalendar): string {
  const day = (date: LocalDate) => formatWorkingDate(calendar, date);
  const head =
    result.due === null
      ? `答复期限：暂停计算中（自${result.stoppedSince === null ? '' : day(result.stoppedSince)}起）`
      : `答复期限：${day(result.due)}${result.provisional ? '（暂定：所涉年度放假安排尚未发布，调休和补假尚未确定，仅供参考）' : ''}`;
  const lines = [
    head,
    `适用：${periodVersionById(result.version).title}（${result.version}）`,
    '',
    '计算过程：',
    ...result.steps.map((step, index) => `${String(index + 1).padStart(2)}. ${step.text}`),
  ];
  if (result.settingsUsed.length > 0) {
    lines.push(
      '',
      '说明：',
      ...result.settingsUsed.map((key) => `  * ${deadlineSettingNote(key, DEADLINE_SETTINGS)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON answer. */
export function deadlineJson(result: DueDateResult): string {
  const { due, provisional, version, stoppedSince, steps } = result;
  return `${JSON.stringify({ due, provisional, version, stoppedSince, steps }, null, 2)}\n`;
}

/**
 * Runs `gongkai deadline`.
 * @returns 0 with the answer on stdout; 2 for bad flags (UsageError, thrown) or impossible facts (one Chinese line)
 */
export function runDeadline(args: readonly string[]): Promise<number> {
  if (wantsHelp(args)) {
    writeOut(`${DEADLINE_USAGE}\n`);
    return Promise.resolve(EXIT.ok);
  }
  const { facts, json } = readDeadlineFlags(args);
  try {
    const calendar = buildCalendar(OFFICIAL_ARRANGEMENTS, DEADLINE_SETTINGS);
    const result = computeDueDate(facts, calendar, DEADLINE_SETTINGS);
    writeOut(json ? deadlineJson(result) : formatDeadline(result, calendar));
    return Promise.resolve(EXIT.ok);
  } catch (error) {
    if (error instanceof DeadlineInputError) {
      writeErr(`错误：${error.message}`);
      return Promise.resolve(EXIT.input);
    }
    throw error;
  }
}
