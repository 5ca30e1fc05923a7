/**
 * The case page's data: the application, the folded file, the clock with its step-by-step
 * explanation (「为什么是这个日期」), time-relative status derived from today, the actions the
 * person may take now (from the transition table), letters, attachments and review records.
 */
import {
  listAttachments,
  listLetters,
  listReviews,
  type AttachmentMeta,
  type LetterRow,
  type ReviewRow,
} from '../../db/queries/case-records.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { formatWorkingDate } from '../../domain/calendar/day-description.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { permittedActions, type CaseAction } from '../../domain/case/transitions.ts';
import { correctionNoticeDue } from '../../domain/deadlines/side-deadlines.ts';
import { periodVersionById } from '../../domain/deadlines/statutory-periods.ts';
import { deriveTimeliness } from '../../domain/deadlines/timeliness.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { caseClock, type CaseClock } from './case-clock.ts';
import { rolesOnOrgan } from './case-access.ts';
import { loadCaseFor, type LoadedCase } from './load-case.ts';
import { draftReplyOf, type ReplyPreview } from './preview-reply.ts';
import type { CaseDeps } from './case-deps.ts';

export type CaseView = LoadedCase & {
  organName: string;
  clock: CaseClock;
  timeliness: ReturnType<typeof deriveTimeliness>;
  actions: { action: CaseAction; label: string; blockedBy: string | null }[];
  letters: LetterRow[];
  attachments: AttachmentMeta[];
  reviews: ReviewRow[];
  today: LocalDate;
  /** 第三十条: the last day for a 补正 notice, while one may still be sent. */
  correctionNoticeBy: LocalDate | null;
  /** At 审核 and 签发: the 答复书 as it will be issued (not stored), or why it cannot be made. */
  draftLetter: ReplyPreview | null;
  /** A date with its weekday and working-day context (调休上班, holidays) on the calendar used. */
  dayText: (date: LocalDate) => string;
};

/** The case as the person may see it, or null (no such case, or not theirs to see). */
export async function viewCase(
  deps: CaseDeps,
  actor: Actor | null,
  caseId: number,
): Promise<CaseView | null> {
  const loaded = await loadCaseFor(deps.db, actor, caseId);
  if (!loaded) {
    return null;
  }
  const today = deps.clock.today() as LocalDate;
  const calendar = await loadWorkingDayCalendar(deps.db);
  const clock = caseClock(loaded.file, calendar);
  const [letters, attachments, reviews] = await Promise.all([
    listLetters(deps.db, caseId),
    listAttachments(deps.db, caseId),
    listReviews(deps.db, caseId),
  ]);
  return {
    ...loaded,
    organName: loaded.registry.byId.get(loaded.row.organId)?.name ?? '',
    clock,
    // a closed case keeps its deadline, but nothing is overdue or due soon any more
    timeliness: deriveTimeliness(clock.state === 'closed' ? null : clock.due, today, calendar),
    actions: permittedActions(rolesOnOrgan(actor, loaded.row.organId), loaded.file, today),
    letters,
    attachments,
    reviews,
    today,
    draftLetter: draftReplyOf(loaded, today),
    dayText: (date) => formatWorkingDate(calendar, date),
    correctionNoticeBy:
      loaded.file.status === 'registered' && !loaded.file.correction
        ? (correctionNoticeDue(loaded.file.received, calendar, periodVersionById(loaded.row.periodVersion))
            ?.date ?? null)
        : null,
  };
}
