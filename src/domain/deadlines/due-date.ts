/**
 * The reply deadline (答复期限) as a pure fold over a case's clock facts, with a step-by-step
 * explanation in Chinese, each step citing its article (条例第三十条至第三十五条; decision 008):
 *
 * 1. start = the corrected application's receipt (第三十条) or else the receipt (第三十一条);
 * 2. base = the `replyDays`-th working day after the start (the start day is not counted);
 * 3. + the approved extension (at most `extensionDays`; 第三十三条第二款);
 * 4. + the working days in (from, to] of each excluded pause that began on or after the start and
 *    on or before the running due date, overlapping pauses merged (第三十三条第三款; fee: setting);
 *    a pause still open stops the clock: no date until it ends;
 * 5. a 第三十五条 deferred date replaces the result.
 */
import type { WorkingDayCalendar } from '../calendar/holiday-calendar.ts';
import { formatWorkingDate } from '../calendar/day-description.ts';
import { compareDates, type LocalDate } from '../calendar/local-date.ts';
import { provisionalSpan } from '../calendar/provisional-span.ts';
import { addWorkingDays, nextWorkingDay, workingDaysBetween } from '../calendar/working-days.ts';
import type { ClockFacts, ClockPause } from './clock-facts.ts';
import { checkClockFacts } from './deadline-errors.ts';
import type { DeadlineSettingKey, DeadlineSettings } from './deadline-settings.ts';
import { isExcludedReason, mergePauses, type MergedPause } from './pause-plan.ts';
import { consultationReplyDue, feePaymentDue } from './side-deadlines.ts';
import { periodVersionFor, type PeriodVersionId, type StatutoryPeriods } from './statutory-periods.ts';
import * as text from './step-text.ts';

/** What a step of the explanation is about. */
export type DeadlineStepKind =
  | 'received'
  | 'restDayReceipt'
  | 'restarted'
  | 'base'
  | 'extended'
  | 'paused'
  | 'notExcluded'
  | 'ignoredPause'
  | 'pauseOpen'
  | 'deferred'
  | 'provisional'
  | 'due';

/** One line of the explanation: the date it arrives at, the working days it adds, the sentence. */
export type DeadlineStep = {
  kind: DeadlineStepKind;
  date: LocalDate | null;
  days: number | null;
  text: string;
};

/** The deadline and how it was reached. */
export type DueDateResult = {
  /** null while a pause is still open (the clock is stopped). */
  due: LocalDate | null;
  /** True when a day counted over has no published 放假安排 (Monday–Friday assumed). */
  provisional: boolean;
  /** The statutory version used (record it with the case). */
  version: PeriodVersionId;
  /** The day the clock stopped, while it is stopped. */
  stoppedSince: LocalDate | null;
  steps: DeadlineStep[];
  /** Settings whose reading made a difference here (show `deadlineSettingNote` for each). */
  settingsUsed: DeadlineSettingKey[];
};

type Fold = {
  calendar: WorkingDayCalendar;
  say: text.DateText;
  version: StatutoryPeriods;
  settings: DeadlineSettings;
  due: LocalDate;
  provisional: boolean;
  settingsUsed: Set<DeadlineSettingKey>;
};

const step = (
  kind: DeadlineStepKind,
  date: LocalDate | null,
  days: number | null,
  sentence: string,
): DeadlineStep => ({ kind, date, days, text: sentence });

/** Adds working days to the running date, keeping track of provisional days. */
function advance(fold: Fold, days: number): LocalDate {
  const result = addWorkingDays(fold.calendar, fold.due, days);
  fold.provisional ||= result.provisional;
  fold.due = result.date;
  return result.date;
}

/** Receipt, 补正 restart, the rest-day reading; returns the day counting starts after. */
function startSteps(
  facts: ClockFacts,
  fold: Fold,
  steps: DeadlineStep[],
): { start: LocalDate; countFrom: LocalDate } {
  steps.push(
    step(
      'received',
      facts.received,
      null,
      text.receivedText(fold.say, facts.received, facts.channel, fold.version),
    ),
  );
  if (facts.correctionReceived !== null) {
    steps.push(
      step(
        'restarted',
        facts.correctionReceived,
        null,
        text.restartedText(fold.say, facts.correctionReceived, fold.version),
      ),
    );
  }
  const start = facts.correctionReceived ?? facts.received;
  if (fold.calendar.isWorkingDay(start)) {
    return { start, countFrom: start };
  }
  fold.settingsUsed.add('restDayReceipt');
  let countFrom = start;
  if (fold.settings.restDayReceipt === 'nextWorkingDay') {
    const next = nextWorkingDay(fold.calendar, start);
    fold.provisional ||= next.provisional;
    countFrom = next.date;
  }
  steps.push(step('restDayReceipt', countFrom, null, text.restDayText(fold.say, start, countFrom)));
  return { start, countFrom };
}

/** What an open pause's other side should answer by (15 WD consultation, 20 WD fee). */
function answerByOf(pause: ClockPause, fold: Fold): LocalDate | null {
  const due =
    pause.reason === 'fee'
      ? feePaymentDue(pause.from, fold.calendar, fold.version)
      : consultationReplyDue(pause.from, fold.calendar, fold.version);
  return due?.date ?? null;
}

type PauseOutcome = { stoppedSince: LocalDate | null; entries: Array<{ at: LocalDate; step: DeadlineStep }> };

function applyStretch(stretch: MergedPause, start: LocalDate, fold: Fold, outcome: PauseOutcome): void {
  const at = stretch.from;
  if (stretch.to !== null && compareDates(stretch.to, start) <= 0) {
    outcome.entries.push({
      at,
      step: step('ignoredPause', null, null, text.ignoredPauseText(stretch.members, 'beforeStart')),
    });
    return;
  }
  const from = compareDates(stretch.from, start) < 0 ? start : stretch.from;
  if (compareDates(from, fold.due) > 0) {
    outcome.entries.push({
      at,
      step: step('ignoredPause', null, null, text.ignoredPauseText(stretch.members, 'afterDue')),
    });
    return;
  }
  if (stretch.to === null) {
    const open = stretch.members.find((p) => p.to === null) ?? stretch.members[0]!;
    outcome.stoppedSince = from;
    outcome.entries.push({
      at,
      step: step(
        'pauseOpen',
        from,
        null,
        text.pauseOpenText(fold.say, open, fold.version, answerByOf(open, fold)),
      ),
    });
    return;
  }
  const days = workingDaysBetween(fold.calendar, from, stretch.to);
  const due = advance(fold, days);
  outcome.entries.push({
    at,
    step: step('paused', due, days, text.pausedText(fold.say, stretch.members, days, due, fold.version)),
  });
}

/** The pauses, in date order: excluded stretches move the date or stop the clock; the rest are listed. */
function pauseSteps(facts: ClockFacts, start: LocalDate, fold: Fold): PauseOutcome {
  const outcome: PauseOutcome = { stoppedSince: null, entries: [] };
  const excluded: ClockPause[] = [];
  for (const pause of facts.pauses) {
    if (pause.reason === 'fee' && fold.version.hasFeeSetting) {
      fold.settingsUsed.add('feeTimeExcluded');
    }
    if (isExcludedReason(pause.reason, fold.version, fold.settings)) {
      excluded.push(pause);
    } else {
      outcome.entries.push({
        at: pause.from,
        step: step('notExcluded', null, null, text.notExcludedText(pause, fold.version)),
      });
    }
  }
  for (const stretch of mergePauses(excluded)) {
    if (outcome.stoppedSince !== null) {
      break;
    }
    applyStretch(stretch, start, fold, outcome);
  }
  outcome.entries.sort((a, b) => compareDates(a.at, b.at));
  return outcome;
}

/**
 * Computes the reply deadline of an application from its clock facts.
 * @param facts receipt, 补正, pauses, extension, deferral
 * @param calendar the working-day calendar (official arrangements + administrator entries)
 * @param settings the readings of the unsettled rules (DEADLINE_SETTINGS)
 * @throws DeadlineInputError for impossible facts (see deadline-errors.ts)
 * @example
 * computeDueDate(receivedOnly(localDate('2024-09-27'), 'counter'), calendar, DEADLINE_SETTINGS).due // '2024-10-30'
 */
export function computeDueDate(
  facts: ClockFacts,
  calendar: WorkingDayCalendar,
  settings: DeadlineSettings,
): DueDateResult {
  const version = periodVersionFor(facts.received);
  checkClockFacts(facts, version);
  const steps: DeadlineStep[] = [];
  const fold: Fold = {
    calendar,
    say: (date) => formatWorkingDate(calendar, date),
    version,
    settings,
    due: facts.received,
    provisional: false,
    settingsUsed: new Set(),
  };
  const { start, countFrom } = startSteps(facts, fold, steps);
  fold.due = countFrom;
  const base = advance(fold, version.replyDays);
  steps.push(step('base', base, version.replyDays, text.baseText(fold.say, countFrom, base, version)));
  if (facts.extensionDays > 0) {
    const extended = advance(fold, facts.extensionDays);
    steps.push(
      step(
        'extended',
        extended,
        facts.extensionDays,
        text.extendedText(fold.say, facts.extensionDays, extended, version),
      ),
    );
  }
  const pauses = pauseSteps(facts, start, fold);
  steps.push(...pauses.entries.map((entry) => entry.step));
  return finish(facts, fold, { countFrom, stoppedSince: pauses.stoppedSince }, steps);
}

/** What is certain and what is not over the provisional days counted (decision 018). */
function provisionalStep(fold: Fold, countFrom: LocalDate): DeadlineStep {
  const span = provisionalSpan(fold.calendar, countFrom, fold.due);
  if (span.makeUpOwed.length > 0) {
    fold.settingsUsed.add('provisionalMakeUpDay');
  }
  return step(
    'provisional',
    null,
    null,
    text.provisionalText(fold.say, span, fold.settings.provisionalMakeUpDay),
  );
}

function finish(
  facts: ClockFacts,
  fold: Fold,
  { countFrom, stoppedSince }: { countFrom: LocalDate; stoppedSince: LocalDate | null },
  steps: DeadlineStep[],
): DueDateResult {
  if (fold.provisional && facts.deferredTo === null) {
    steps.push(provisionalStep(fold, countFrom));
  }
  const result = { version: fold.version.id, settingsUsed: [...fold.settingsUsed], steps };
  if (facts.deferredTo !== null) {
    steps.push(
      step(
        'deferred',
        facts.deferredTo,
        null,
        text.deferredText(fold.say, facts.deferredTo, fold.calendar.isWorkingDay(facts.deferredTo)),
      ),
    );
    steps.push(step('due', facts.deferredTo, null, text.dueText(fold.say, facts.deferredTo, null)));
    return { ...result, due: facts.deferredTo, provisional: false, stoppedSince: null };
  }
  const due = stoppedSince === null ? fold.due : null;
  steps.push(step('due', due, null, text.dueText(fold.say, due, stoppedSince)));
  return { ...result, due, provisional: fold.provisional, stoppedSince };
}
