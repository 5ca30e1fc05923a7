/**
 * One step of a case, whatever it is (补正, consultation, extension, fee, reply, review, 签发,
 * delivery, 行政复议 record …). In one transaction: lock the case → check the person may see it
 * and the version they saw → ask the transition table → read the form into the fact → append the
 * event → recompute status and due date → issue the letter the fact calls for → audit record.
 */
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { appendCaseEvent, countApplicantCasesInMonth, findApplicantKey, updateCaseSnapshot, type CaseRow } from '../../db/queries/cases.ts';
import { insertReview } from '../../db/queries/case-records.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { parseAction } from '../../domain/case/actions/parse-action.ts';
import type { RawForm } from '../../domain/case/actions/form-values.ts';
import { evolveCase, type CaseFile } from '../../domain/case/case-file.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import { refusalOf, type CaseAction } from '../../domain/case/transitions.ts';
import { LetterInputError } from '../../domain/letters/letter-input-error.ts';
import { periodVersionById } from '../../domain/deadlines/statutory-periods.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { caseClock } from './case-clock.ts';
import { rolesOnOrgan } from './case-access.ts';
import { issueLetterFor } from './issue-letter.ts';
import { loadCaseFor } from './load-case.ts';
import { CASE_NOT_FOUND, invalidCase, refusedCase, STALE_CASE, type CaseDeps, type CaseResult } from './results.ts';

/** The month's ordinal of this application among the applicant's (按件计收). */
async function monthlyOrdinalOf(tx: Queryable, row: CaseRow, key: string): Promise<number> {
  const monthStart = `${row.receivedOn.slice(0, 8)}01` as LocalDate;
  return Math.max(1, await countApplicantCasesInMonth(tx, key, monthStart, row.receivedOn));
}

async function recordSideEffects(tx: Queryable, row: CaseRow, data: CaseEventData, at: Date): Promise<void> {
  if (data.kind === 'reviewRecorded') {
    await insertReview(tx, row.organId, { caseId: row.id, kind: data.reviewKind, body: data.body, filedOn: data.on, result: data.result, concludedOn: data.concludedOn }, at);
  }
}

/**
 * @param version the case version the person's page showed (stale submits are refused)
 * @returns the case id, or why not
 */
export async function performCaseAction(
  deps: CaseDeps, actor: Actor | null, caseId: number, action: CaseAction, raw: RawForm, version: number | null,
): Promise<CaseResult<{ caseId: number; letterId: number | null }>> {
  const today = deps.clock.today() as LocalDate;
  const at = deps.clock.now();
  try {
    return await writeAction(deps, actor, caseId, action, raw, version, today, at);
  } catch (error) {
    // a letter the facts cannot make (thrown inside the transaction, so nothing was written)
    if (error instanceof LetterInputError) {
      return invalidCase({ _form: `无法生成文书：${error.message}` });
    }
    throw error;
  }
}

async function writeAction(
  deps: CaseDeps, actor: Actor | null, caseId: number, action: CaseAction, raw: RawForm, version: number | null, today: LocalDate, at: Date,
): Promise<CaseResult<{ caseId: number; letterId: number | null }>> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadCaseFor(tx, actor, caseId, true);
    if (!loaded || !actor) {
      return CASE_NOT_FOUND;
    }
    const { row, events, file } = loaded;
    if (version !== row.version) {
      return STALE_CASE;
    }
    const refusal = refusalOf(action, rolesOnOrgan(actor, row.organId), file, today);
    if (refusal !== null) {
      return refusedCase(refusal);
    }
    const calendar = await loadWorkingDayCalendar(tx);
    const key = await findApplicantKey(tx, caseId);
    const ctx = { file, today, calendar, maxExtensionDays: periodVersionById(row.periodVersion).extensionDays, monthlyOrdinal: await monthlyOrdinalOf(tx, row, key) };
    const parsed = parseAction(action, raw, ctx);
    if (!parsed.ok) {
      return invalidCase(parsed.errors);
    }
    const next: CaseFile = evolveCase(file, parsed.data);
    const clock = caseClock(next, calendar);
    await appendCaseEvent(tx, caseId, events.length + 1, at, { actorId: actor.accountId, actorName: actor.displayName }, parsed.data);
    const updated = await updateCaseSnapshot(tx, caseId, row.version, {
      status: next.status, dueOn: clock.due, dueProvisional: clock.provisional, decision: next.decision, closedOn: next.closedOn,
    }, at);
    if (!updated) {
      return STALE_CASE;
    }
    await recordSideEffects(tx, row, parsed.data, at);
    const letterId = await issueLetterFor(tx, loaded, parsed.data, next, clock.due, at);
    await appendAudit(tx, {
      at, actorId: actor.accountId, actorName: actor.displayName, organId: row.organId, action: `case.${action}`,
      entity: 'case', entityId: String(caseId), before: { status: file.status }, after: { status: next.status, event: parsed.data, letterId },
    });
    return { ok: true as const, caseId, letterId };
  });
}
