/**
 * 导入台账, step 3: the person confirms the preview. In ONE transaction the stored upload is locked
 * and planned again (numbers registered meanwhile count as duplicates); any error and nothing is
 * written. Otherwise every case is written with source 'import', its history as events
 * (ledger-history.ts), the due-date snapshot (case-clock.ts), its 行政复议 / 行政诉讼 records, and
 * one audit record for the whole import (counts and the file's SHA-256; not even the file name,
 * which people sometimes write an applicant's name into). The
 * stored rows are then dropped; confirming again does nothing.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../../db/db.ts';
import { appendAudit } from '../../../db/queries/audit.ts';
import {
  insertImportedCases,
  insertImportedEvents,
  insertImportedReviews,
  markCaseImportCommitted,
  type ImportedCaseRow,
  type ImportedEventRow,
} from '../../../db/queries/case-imports.ts';
import type { Actor } from '../../../domain/access/roles.ts';
import { maskApplicantName } from '../../../domain/applicant/mask.ts';
import type { LocalDate } from '../../../domain/calendar/local-date.ts';
import { foldCase } from '../../../domain/case/case-file.ts';
import type { CaseEventData } from '../../../domain/case/events.ts';
import type { LedgerCase } from '../../../domain/case/ledger/ledger-case.ts';
import { ledgerHistory } from '../../../domain/case/ledger/ledger-history.ts';
import { periodVersionFor } from '../../../domain/deadlines/statutory-periods.ts';
import { loadWorkingDayCalendar } from '../../calendar/load-calendar.ts';
import { loadApplicantSecret } from '../applicant-secret.ts';
import { caseClock } from '../case-clock.ts';
import { indexCases } from '../case-search-index.ts';
import { applicantKeyOf } from '../register-case.ts';
import { badFile, NOT_FOUND } from '../../failures.ts';
import type { CaseDeps } from '../case-deps.ts';
import { numberLedgerCases } from './number-ledger-cases.ts';
import { planStoredLedger, type LedgerFailure, type LedgerOutcome } from './preview-ledger-import.ts';

/** What was written, or that this upload had been imported already. */
export type LedgerCommitted = { ok: true; outcome: LedgerOutcome; isAlreadyCommitted: boolean };

/** The preview has errors (possibly new ones: a number registered since the preview): nothing is written. */
export const LEDGER_HAS_ERRORS = '文件中有错误（可能有案件编号在预览之后被登记），没有写入任何内容。';

type Built = { row: ImportedCaseRow; events: CaseEventData[] };

/** The case row and events of one ledger case. */
function buildCase(
  c: LedgerCase,
  caseNumber: string,
  organId: number,
  secret: string,
  calendar: Parameters<typeof caseClock>[1],
  at: Date,
): Built {
  const events = ledgerHistory(c);
  const file = foldCase(events.map((data, i) => ({ seq: i + 1, at: at.toISOString(), actorName: '', data })));
  const clock = caseClock(file, calendar);
  const applicantKey = applicantKeyOf(c.applicant, secret);
  return {
    events,
    row: {
      organId,
      caseNumber,
      queryCodeHash: crypto
        .createHash('sha256')
        .update(`gk-import\n${crypto.randomBytes(16).toString('hex')}`)
        .digest('hex'),
      status: file.status,
      channel: c.channel,
      receivedOn: c.receivedOn,
      periodVersion: periodVersionFor(c.receivedOn).id,
      applicantKind: c.applicant.kind,
      applicant: c.applicant,
      applicantKey,
      applicantNameMasked: maskApplicantName(c.applicant.kind, c.applicant.name),
      items: [{ description: c.content }],
      summary: [...c.content].slice(0, 200).join(''),
      dueOn: clock.due,
      dueProvisional: clock.provisional,
      decision: file.decision,
      closedOn: file.closedOn,
    },
  };
}

/** Writes the cases, events and review records. */
async function writeCases(
  tx: Queryable,
  cases: readonly LedgerCase[],
  organId: number,
  numbers: readonly string[],
  actor: Actor,
  at: Date,
): Promise<void> {
  const secret = await loadApplicantSecret(tx);
  const calendar = await loadWorkingDayCalendar(tx);
  const built = cases.map((c, i) => buildCase(c, numbers[i]!, organId, secret, calendar, at));
  const ids = await insertImportedCases(
    tx,
    built.map((b) => b.row),
    at,
  );
  const idOf = (i: number) => ids.get(numbers[i]!)!;
  await indexCases(
    tx,
    built.map((b, i) => ({
      id: idOf(i),
      organId,
      caseNumber: b.row.caseNumber,
      summary: b.row.summary,
      applicantName: cases[i]!.applicant.name,
    })),
  );
  const events: ImportedEventRow[] = built.flatMap((b, i) =>
    b.events.map((data, e) => ({ caseId: idOf(i), seq: e + 1, data })),
  );
  await insertImportedEvents(tx, events, at, { actorId: actor.accountId, actorName: actor.displayName });
  const reviews = cases.flatMap((c, i) =>
    c.reviews.map((r) => ({
      caseId: idOf(i),
      organId,
      kind: r.kind,
      body: r.body,
      filedOn: r.filedOn,
      result: r.result,
    })),
  );
  await insertImportedReviews(tx, reviews, at);
}

/**
 * @returns what was written, or why nothing was
 */
export async function commitLedgerImport(
  deps: CaseDeps,
  actor: Actor | null,
  token: string,
): Promise<LedgerCommitted | LedgerFailure> {
  const now = deps.clock.now();
  const today = deps.clock.today() as LocalDate;
  try {
    return await commitInTransaction(deps, actor, token, now, today);
  } catch (error) {
    // Another import took one of these case numbers between our check and our insert: nothing was written.
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) {
      return badFile(LEDGER_HAS_ERRORS);
    }
    throw error;
  }
}

const UNIQUE_VIOLATION = '23505';

function commitInTransaction(
  deps: CaseDeps,
  actor: Actor | null,
  token: string,
  now: Date,
  today: LocalDate,
): Promise<LedgerCommitted | LedgerFailure> {
  return deps.db.transaction(async (tx) => {
    const preview = await planStoredLedger(tx, actor, token, now, today, true);
    if (!preview.ok || !actor) {
      return preview.ok ? NOT_FOUND : preview;
    }
    if (preview.plan === null) {
      return { ok: true as const, outcome: preview.outcome!, isAlreadyCommitted: true };
    }
    const { plan, organ } = preview;
    if (!plan.isCommittable) {
      return badFile(LEDGER_HAS_ERRORS);
    }
    const numbers = await numberLedgerCases(tx, organ, plan.cases);
    await writeCases(tx, plan.cases, organ.id, numbers, actor, now);
    const s = plan.summary;
    const outcome: LedgerOutcome = {
      created: plan.cases.length,
      keptNumbers: s.keptNumbers,
      numbered: plan.cases.length - s.keptNumbers,
      open: s.open,
      closed: s.closed,
      reviews: s.reviews,
      litigations: s.litigations,
    };
    await appendAudit(tx, {
      at: now,
      actorId: actor.accountId,
      actorName: actor.displayName,
      organId: organ.id,
      action: 'case.import',
      entity: 'case_import',
      entityId: token.slice(0, 8),
      before: null,
      after: {
        fileSha256: preview.fileSha256,
        format: preview.format,
        ...outcome,
        years: s.years.map((y) => ({ year: y.year, total: y.total })),
      },
    });
    await markCaseImportCommitted(tx, token, now, outcome);
    return { ok: true as const, outcome, isAlreadyCommitted: false };
  });
}
