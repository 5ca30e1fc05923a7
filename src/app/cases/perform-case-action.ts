/**
 * One step of a case, whatever it is (补正, consultation, extension, fee, reply, review, 签发,
 * delivery, 行政复议 record …). In one transaction: lock the case → check the person may see it
 * and the version they saw → ask the transition table → read the form into the fact → write it
 * (record-case-event.ts: event, status and due date, letter, audit record).
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { insertAttachment } from '../../db/queries/case-records.ts';
import { countApplicantCasesInMonth, findApplicantKey, type CaseRow } from '../../db/queries/cases.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { parseAction } from '../../domain/case/actions/parse-action.ts';
import type { RawForm } from '../../domain/case/actions/form-values.ts';
import { refusalOf, type CaseAction } from '../../domain/case/transitions.ts';
import { LetterInputError } from '../../domain/letters/letter-input-error.ts';
import { periodVersionById } from '../../domain/deadlines/statutory-periods.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { rolesOnOrgan } from './case-access.ts';
import { loadCaseFor } from './load-case.ts';
import { recordCaseEvent } from './record-case-event.ts';
import type { AttachmentUpload } from './register-case.ts';
import { invalid, NOT_FOUND, refused, type Result, STALE } from '../failures.ts';
import type { CaseDeps } from './case-deps.ts';

/** The month's ordinal of this application among the applicant's (按件计收). */
async function monthlyOrdinalOf(tx: Queryable, row: CaseRow, key: string): Promise<number> {
  const monthStart = `${row.receivedOn.slice(0, 8)}01` as LocalDate;
  return Math.max(1, await countApplicantCasesInMonth(tx, key, monthStart, row.receivedOn));
}

/**
 * @param version the case version the person's page showed (stale submits are refused)
 * @param released files released with the reply (公开的政府信息, already checked by
 *   read-attachments.ts); only the delivery step takes them
 * @returns the case id, or why not
 */
export async function performCaseAction(
  deps: CaseDeps,
  actor: Actor | null,
  caseId: number,
  action: CaseAction,
  raw: RawForm,
  version: number | null,
  released: readonly AttachmentUpload[] = [],
): Promise<
  Result<{ caseId: number; letterId: number | null }, 'invalid' | 'refused' | 'stale' | 'not_found'>
> {
  const today = deps.clock.today() as LocalDate;
  const at = deps.clock.now();
  if (released.length > 0 && action !== 'recordDelivery') {
    return invalid({ _form: '只有登记送达时才能附上公开的政府信息' });
  }
  try {
    return await writeAction(deps, actor, caseId, action, raw, version, today, at, released);
  } catch (error) {
    // a letter the facts cannot make (thrown inside the transaction, so nothing was written)
    if (error instanceof LetterInputError) {
      return invalid({ _form: `无法生成文书：${error.message}` });
    }
    throw error;
  }
}

async function writeAction(
  deps: CaseDeps,
  actor: Actor | null,
  caseId: number,
  action: CaseAction,
  raw: RawForm,
  version: number | null,
  today: LocalDate,
  at: Date,
  released: readonly AttachmentUpload[],
): Promise<
  Result<{ caseId: number; letterId: number | null }, 'invalid' | 'refused' | 'stale' | 'not_found'>
> {
  return deps.db.transaction(async (tx) => {
    const loaded = await loadCaseFor(tx, actor, caseId, true);
    if (!loaded || !actor) {
      return NOT_FOUND;
    }
    const { row, file } = loaded;
    if (version !== row.version) {
      return STALE;
    }
    const refusal = refusalOf(action, rolesOnOrgan(actor, row.organId), file, today);
    if (refusal !== null) {
      return refused(refusal);
    }
    const calendar = await loadWorkingDayCalendar(tx);
    const key = await findApplicantKey(tx, caseId);
    const ctx = {
      file,
      today,
      calendar,
      periods: periodVersionById(row.periodVersion),
      monthlyOrdinal: await monthlyOrdinalOf(tx, row, key),
    };
    const parsed = parseAction(action, raw, ctx);
    if (!parsed.ok) {
      return invalid(parsed.errors);
    }
    const data =
      parsed.data.kind === 'delivered' && released.length > 0
        ? { ...parsed.data, releasedFiles: released.map((f) => f.fileName) }
        : parsed.data;
    const written = await recordCaseEvent(
      tx,
      loaded,
      data,
      { actorId: actor.accountId, actorName: actor.displayName },
      at,
      calendar,
      action,
    );
    if (!written) {
      return STALE;
    }
    for (const file of released) {
      const sha256 = crypto.createHash('sha256').update(file.content).digest('hex');
      await insertAttachment(tx, caseId, { ...file, sha256, isReleased: true }, at);
    }
    const letterId = written.letterId;
    return { ok: true as const, caseId, letterId };
  });
}
