/**
 * 录入放假安排: read what an administrator typed or uploaded into a year's arrangement (preview),
 * then save it — insert, or replace the year — with its audit record in one transaction, only if
 * nobody changed that year since the preview.
 */
import type { Db } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { refreshProvisionalDeadlines } from '../cases/refresh-deadlines.ts';
import { loadWorkingDayCalendar } from './load-calendar.ts';
import { findStoredArrangement, saveStoredArrangement } from '../../db/queries/calendar.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  arrangementFromDraft,
  parseArrangementJson,
  parseArrangementText,
  parseYear,
  type ArrangementDraft,
} from '../../domain/calendar/arrangement-text.ts';
import type { YearArrangement } from '../../domain/calendar/arrangements.ts';
import { OFFICIAL_ARRANGEMENTS } from '../../domain/calendar/official-arrangements.ts';
import { ReportInputError } from '../../domain/report/errors.ts';
import { decodeText } from '../../io/decode-text.ts';
import type { Clock } from '../clock.ts';
import { FORBIDDEN, invalid, STALE, type Failure } from '../failures.ts';
import { arrangementChange, calendarEditorOrgan, type ArrangementChange } from './calendar-years.ts';

/** What the use cases need. */
export type CalendarDeps = { db: Db; clock: Clock };

/** The largest file accepted (a year is well under 2 KB). */
export const MAX_CALENDAR_FILE_BYTES = 64 * 1024;

/** The form: header fields, the 休/班 lines, and optionally an uploaded .txt/.json file. */
export type CalendarYearInput = {
  year: string;
  notice: string;
  source: string;
  days: string;
  file: { name: string; bytes: Uint8Array } | null;
};

/** A refusal, or the problems with the input (Chinese; numbered `days.1`, `days.2`, … in order). */
export type CalendarFailure = Failure<'forbidden' | 'invalid' | 'stale'>;

/** The problems with the typed days or the file, in order, as field errors. */
const invalidDays = (messages: readonly string[]) =>
  invalid(Object.fromEntries(messages.map((message, i) => [`days.${i + 1}`, message])));

/** A preview: the arrangement and what saving it would change. */
export type CalendarPreview = { ok: true; arrangement: YearArrangement; change: ArrangementChange };

function fileText(file: { name: string; bytes: Uint8Array }): string | { error: string } {
  if (file.bytes.length > MAX_CALENDAR_FILE_BYTES) {
    return { error: `文件过大（不超过 ${MAX_CALENDAR_FILE_BYTES / 1024} KB）：放假安排文件只需几行文字` };
  }
  try {
    return decodeText(file.bytes).text;
  } catch (error) {
    if (error instanceof ReportInputError) {
      return { error: '文件内容不是文字：请上传 .txt 或 .json 文件' };
    }
    throw error;
  }
}

/** The form fields and the file combined: the file's own headers win, the form fills the gaps. */
function readDraft(input: CalendarYearInput): { draft: ArrangementDraft; errors: string[] } {
  const typed = parseArrangementText(input.days);
  if (input.file === null) {
    return {
      draft: { ...typed.draft, year: parseYear(input.year), notice: input.notice, source: input.source },
      errors: typed.errors,
    };
  }
  const text = fileText(input.file);
  if (typeof text !== 'string') {
    return { draft: typed.draft, errors: [text.error] };
  }
  const isJson = /\.json$/i.test(input.file.name) || text.trimStart().startsWith('{');
  const read = isJson ? parseArrangementJson(text) : parseArrangementText(text);
  const { draft } = read;
  return {
    draft: {
      ...draft,
      year: draft.year ?? parseYear(input.year),
      notice: draft.notice || input.notice,
      source: draft.source || input.source,
    },
    errors: read.errors.map((e) => `文件「${input.file?.name ?? ''}」${e}`),
  };
}

/**
 * Reads and checks a proposed year and shows what it would change; stores nothing.
 * @returns the preview, or forbidden / the problems
 */
export async function previewCalendarYear(
  deps: CalendarDeps,
  actor: Actor | null,
  input: CalendarYearInput,
): Promise<CalendarPreview | CalendarFailure> {
  if ((await calendarEditorOrgan(deps.db, actor)) === null) {
    return FORBIDDEN;
  }
  const { draft, errors } = readDraft(input);
  const built = arrangementFromDraft(draft);
  if (errors.length > 0 || built.arrangement === null) {
    return invalidDays([...errors, ...built.errors].slice(0, 20));
  }
  return {
    ok: true,
    arrangement: built.arrangement,
    change: await arrangementChange(deps.db, built.arrangement),
  };
}

const snapshot = (a: YearArrangement) => ({
  year: a.year,
  notice: a.notice,
  source: a.source,
  restDays: a.restDays,
  workdays: a.workdays,
});

/**
 * Saves a previewed year (insert or replace) and its audit record in one transaction.
 * @param expectedVersion the stored version the preview saw (0: none)
 * @returns the saved year, or forbidden / invalid / stale (someone saved that year since the preview)
 */
export async function saveCalendarYear(
  deps: CalendarDeps,
  actor: Actor | null,
  input: CalendarYearInput,
  expectedVersion: number,
): Promise<
  | {
      ok: true;
      arrangement: YearArrangement;
      isReplacement: boolean;
      refreshed: { checked: number; changed: number };
    }
  | CalendarFailure
> {
  const built = arrangementFromDraft(readDraft(input).draft);
  const at = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const organId = await calendarEditorOrgan(tx, actor);
    if (organId === null || actor === null) {
      return FORBIDDEN;
    }
    if (built.arrangement === null) {
      return invalidDays(built.errors);
    }
    const { year } = built.arrangement;
    const stored = await findStoredArrangement(tx, year, true);
    const saved = await saveStoredArrangement(
      tx,
      built.arrangement,
      { accountId: actor.accountId, name: actor.displayName, at },
      expectedVersion,
    );
    if (saved === null) {
      return STALE;
    }
    const official = OFFICIAL_ARRANGEMENTS.find((a) => a.year === year) ?? null;
    const before = stored
      ? { ...snapshot(stored), origin: 'entered' }
      : official
        ? { ...snapshot(official), origin: 'official' }
        : null;
    await appendAudit(tx, {
      at,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId,
      action: before ? 'calendar.replace' : 'calendar.create',
      entity: 'calendar_year',
      entityId: String(year),
      before,
      after: snapshot(saved),
    });
    // open cases whose due date was provisional (weekdays only) get it from the new calendar
    const refreshed = await refreshProvisionalDeadlines(tx, await loadWorkingDayCalendar(tx));
    return { ok: true, arrangement: built.arrangement, isReplacement: before !== null, refreshed } as const;
  });
}
