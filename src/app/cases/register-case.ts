/**
 * 收到申请 — a new case, from the portal form (网上申请) or entered by staff for the other
 * channels. In one transaction: validate the 第二十九条 fields → take the organ's next number
 * (一案一号) → store the application, its first event, the due-date snapshot, attachments and an
 * audit record (without personal data). Returns the case number and, once only, the query code.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { appendAudit } from '../../db/queries/audit.ts';
import { indexCases } from './case-search-index.ts';
import { appendCaseEvent, findCaseNumbering, insertCase, nextCaseSequence } from '../../db/queries/cases.ts';
import { insertAttachment, insertSubmission } from '../../db/queries/case-records.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { parseApplicationFields, type ApplicationFields } from '../../domain/applicant/application-fields.ts';
import { maskApplicantName } from '../../domain/applicant/mask.ts';
import { yearOf, type LocalDate } from '../../domain/calendar/local-date.ts';
import { foldCase } from '../../domain/case/case-file.ts';
import {
  DEFAULT_CASE_NUMBER_PATTERN,
  defaultShortName,
  formatCaseNumber,
} from '../../domain/case/case-number.ts';
import type { IntakeChannel } from '../../domain/case/channels.ts';
import type { CaseEventData } from '../../domain/case/events.ts';
import { queryCodeFrom } from '../../domain/case/query-code.ts';
import { periodVersionFor } from '../../domain/deadlines/statutory-periods.ts';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.ts';
import { caseClock } from './case-clock.ts';
import { hashQueryCode } from './query-codes.ts';
import { type FieldErrors } from '../failures.ts';

/** A checked attachment (type found by content, size within limits). */
export type AttachmentUpload = { fileName: string; mediaType: string; content: Uint8Array };

export type RegisterInput = {
  organ: Organ;
  channel: IntakeChannel;
  receivedOn: LocalDate;
  fields: Readonly<Record<string, string | undefined>>;
  attachments: readonly AttachmentUpload[];
  source: 'portal' | 'staff' | 'import';
  actor: { actorId: number | null; actorName: string };
  /** The public form's one-time token (double submission makes one case). */
  submissionTokenHash?: string;
  /** The query code to give the case (portal: derived from the submission token); default random. */
  queryCode?: string;
};

export type Registered = { caseId: number; caseNumber: string; queryCode: string };

/** A keyed hash identifying the applicant across cases (ID number or credit code, else name + contact). */
export function applicantKeyOf(
  fields: Pick<ApplicationFields, 'kind' | 'name' | 'idType' | 'idNumber' | 'creditCode'>,
  secret: string,
): string {
  const identity =
    fields.kind === 'naturalPerson'
      ? `${fields.idType ?? ''}:${fields.idNumber ?? ''}`
      : `org:${fields.creditCode ?? ''}`;
  return crypto
    .createHmac('sha256', secret)
    .update(`applicant\n${identity}\n${identity.endsWith(':') ? fields.name : ''}`)
    .digest('hex');
}

async function takeCaseNumber(tx: Queryable, organ: Organ, year: number): Promise<string> {
  const numbering = await findCaseNumbering(tx, organ.id);
  const sequence = await nextCaseSequence(tx, organ.id, year);
  return formatCaseNumber(numbering?.pattern ?? DEFAULT_CASE_NUMBER_PATTERN, {
    shortName: numbering?.shortName ?? defaultShortName(organ.name),
    year,
    sequence,
  });
}

/** The stored applicant record: everything of 第二十九条 except the requested items. */
function applicantRecord(fields: ApplicationFields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => key !== 'items'));
}

/**
 * Validates and stores a new application.
 * @param today the date it is entered (dates after it are refused)
 * @returns the new case, or the field errors
 */
export async function registerCase(
  tx: Queryable,
  input: RegisterInput,
  today: LocalDate,
  at: Date,
  secret: string,
): Promise<{ ok: true; case: Registered } | { ok: false; errors: FieldErrors }> {
  const parsed = parseApplicationFields(input.fields, today);
  if (!parsed.isValid) {
    return { ok: false, errors: parsed.errors };
  }
  const fields = parsed.value;
  const caseNumber = await takeCaseNumber(tx, input.organ, yearOf(input.receivedOn));
  const queryCode = input.queryCode ?? queryCodeFrom(crypto.randomBytes(16));
  const first: CaseEventData = {
    kind: 'received',
    channel: input.channel,
    on: input.receivedOn,
    source: input.source,
  };
  const calendar = await loadWorkingDayCalendar(tx);
  const clock = caseClock(
    foldCase([{ seq: 1, at: at.toISOString(), actorName: input.actor.actorName, data: first }]),
    calendar,
  );
  const summary = fields.items
    .map((i) => i.description)
    .join('；')
    .slice(0, 200);
  const caseId = await insertCase(tx, {
    organId: input.organ.id,
    caseNumber,
    queryCodeHash: hashQueryCode(queryCode),
    status: 'registered',
    channel: input.channel,
    receivedOn: input.receivedOn,
    periodVersion: periodVersionFor(input.receivedOn).id,
    applicantKind: fields.kind,
    applicant: applicantRecord(fields),
    applicantKey: applicantKeyOf(fields, secret),
    applicantNameMasked: maskApplicantName(fields.kind, fields.name),
    items: fields.items.map((i) => ({ description: i.description })),
    summary,
    source: input.source,
    dueOn: clock.due,
    dueProvisional: clock.provisional,
    at,
  });
  await indexCases(tx, [
    { id: caseId, organId: input.organ.id, caseNumber, summary, applicantName: fields.name },
  ]);
  await appendCaseEvent(tx, caseId, 1, at, input.actor, first);
  for (const a of input.attachments) {
    await insertAttachment(
      tx,
      caseId,
      { ...a, sha256: crypto.createHash('sha256').update(a.content).digest('hex') },
      at,
    );
  }
  if (input.submissionTokenHash) {
    await insertSubmission(tx, input.submissionTokenHash, caseId, at);
  }
  await appendAudit(tx, {
    at,
    ...input.actor,
    organId: input.organ.id,
    action: 'case.register',
    entity: 'case',
    entityId: String(caseId),
    before: null,
    after: {
      caseNumber,
      channel: input.channel,
      receivedOn: input.receivedOn,
      source: input.source,
      applicantKind: fields.kind,
      items: fields.items.length,
      attachments: input.attachments.length,
    },
  });
  return { ok: true, case: { caseId, caseNumber, queryCode } };
}
