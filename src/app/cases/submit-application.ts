/**
 * 网上申请: an application submitted on the portal's form. The form carries a one-time submission
 * token (random, bound to the organ by an HMAC under the applicant secret); the case stores only
 * its hash (`case_submissions`), so the same form posted twice — a double click, a reload of the
 * receipt — finds the case it already made and shows the same receipt instead of a second case.
 * The query code is derived from the token under the secret for the same reason: the receipt of
 * a repeated post can show it again, while the database still holds only its hash.
 *
 * Receipt date (条例第三十一条): for 互联网渠道 「以双方确认之日为收到申请之日」. The receipt this
 * platform returns at once is the organ's confirmation, so the application is received today
 * (China Standard Time).
 */
import crypto from 'node:crypto';
import { findCase, findCaseByQueryCode } from '../../db/queries/cases.ts';
import { findSubmission, listAttachments } from '../../db/queries/case-records.ts';
import { sha256 } from '../../db/queries/audit.ts';
import { isQuotaSpent, takeQuota, type QuotaPolicy } from '../../db/queries/login-attempts.ts';
import { findOrganBySlug } from '../../db/queries/organs.ts';
import {
  parseApplicationFields,
  type RawApplicationForm,
} from '../../domain/applicant/application-fields.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { CHANNEL_RULES } from '../../domain/case/channels.ts';
import { queryCodeFrom } from '../../domain/case/query-code.ts';
import { periodVersionById } from '../../domain/deadlines/statutory-periods.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { tokensEqual } from '../identity/csrf-tokens.ts';
import { loadApplicantSecret } from './applicant-secret.ts';
import { hashQueryCode } from './query-codes.ts';
import type { ParsePool } from '../../io/parse-pool/parse-pool.ts';
import { readAttachments, type SubmittedFile } from './read-attachments.ts';
import { registerCase, type RegisterInput } from './register-case.ts';
import { NOT_FOUND, type Failure, type FieldErrors } from '../failures.ts';
import type { CaseDeps } from './case-deps.ts';

/** Who the audit trail names for a portal submission (never the applicant's name: personal data). */
export const PORTAL_APPLICANT_ACTOR = { actorId: null, actorName: '申请人（网上申请）' } as const;

/** The form field carrying the submission token. */
export const SUBMISSION_TOKEN_FIELD = 'submissionToken';
const TOKEN_PATTERN = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/;

/** Messages for what is not a 第二十九条 field. */
export const DECLARATION_MISSING = '请阅读并勾选申请声明';
export const TOKEN_INVALID = '申请表已失效或不完整，请检查填写的内容后重新提交';

const mac = (secret: string, label: string, text: string) =>
  crypto.createHmac('sha256', secret).update(`${label}\n${text}`).digest();

/**
 * A fresh submission token for one form of one organ.
 * @example issueSubmissionToken(secret, 3) // 'Jc0…24 chars….Q1w…43 chars…'
 */
export function issueSubmissionToken(secret: string, organId: number): string {
  const nonce = crypto.randomBytes(18).toString('base64url');
  return `${nonce}.${mac(secret, 'gk-apply-form', `${organId}\n${nonce}`).toString('base64url')}`;
}

/** True when `token` was issued by this server for this organ's form. */
export function isSubmissionTokenValid(secret: string, organId: number, token: string): boolean {
  const match = TOKEN_PATTERN.exec(token);
  return (
    match !== null &&
    tokensEqual(match[2]!, mac(secret, 'gk-apply-form', `${organId}\n${match[1]!}`).toString('base64url'))
  );
}

/** The stored form of a token (`case_submissions.token_hash`). */
export const hashSubmissionToken = (token: string): string =>
  crypto.createHash('sha256').update(`gk-apply-submission\n${token}`).digest('hex');

/** The query code a submission gets: the same token always gives the same code. */
export const queryCodeForSubmission = (secret: string, token: string): string =>
  queryCodeFrom(mac(secret, 'gk-apply-query-code', token));

/** A new form: the organ's token (the secret is created on first use). */
export async function newApplicationForm(
  deps: CaseDeps,
  organId: number,
): Promise<{ submissionToken: string }> {
  return { submissionToken: issueSubmissionToken(await loadApplicantSecret(deps.db), organId) };
}

/** What the receipt (回执) shows. No personal data: it is rendered in the response only. */
export type ApplicationReceipt = {
  organName: string;
  caseNumber: string;
  /** Null when it cannot be shown again (a case made before codes were derived from the token). */
  queryCode: string | null;
  receivedOn: LocalDate;
  channelLabel: string;
  receiptRule: string;
  receiptBasis: string;
  replyDays: number;
  replyBasis: string;
  dueOn: LocalDate | null;
  dueProvisional: boolean;
  itemCount: number;
  attachmentCount: number;
  /** True when this post repeated one that already made the case. */
  isRepeat: boolean;
};

/** The submitted form, already read: fields by 第二十九条 name, the declaration, the token, the files. */
export type ApplicationSubmission = {
  organSlug: string;
  fields: RawApplicationForm;
  hasDeclared: boolean;
  submissionToken: string;
  files: readonly SubmittedFile[];
  /** The client's address (only its hash is kept, to limit new cases per address). */
  clientAddress: string;
};

/**
 * New applications one client address may file in 24 hours (a script must not flood the queues;
 * an office submitting for many people uses staff intake instead). Counted in the sign-in
 * throttle table under a hashed key, shared by all app processes; the use is taken in the same
 * transaction as the case (takeQuota), so simultaneous posts cannot overrun it.
 */
export const SUBMISSIONS_PER_ADDRESS: QuotaPolicy = { limit: 30, windowMs: 24 * 3600_000 };
export const SUBMISSION_LIMIT_MESSAGE =
  '同一网络地址24小时内提交的申请已达上限，请明日再试，或通过当面、邮寄等其他渠道提交。';
const submissionKey = (address: string) => `apply:${sha256(address)}`;

/** The receipt, the form's problems (and whether its submission token still holds), or not_found. */
export type SubmitResult =
  | { ok: true; receipt: ApplicationReceipt }
  | (Failure<'invalid'> & { isTokenValid: boolean })
  | Failure<'not_found'>;

async function receiptFor(
  deps: CaseDeps,
  organ: Organ,
  caseId: number,
  queryCode: string,
  isRepeat: boolean,
): Promise<ApplicationReceipt> {
  const row = (await findCase(deps.db, caseId))!;
  const period = periodVersionById(row.periodVersion);
  // A repeated post re-derives the code; show it only if it is the case's code.
  const isCodeOfCase =
    !isRepeat || (await findCaseByQueryCode(deps.db, hashQueryCode(queryCode)))?.id === caseId;
  return {
    organName: organ.name,
    caseNumber: row.caseNumber,
    queryCode: isCodeOfCase ? queryCode : null,
    receivedOn: row.receivedOn,
    channelLabel: CHANNEL_RULES.online.label,
    receiptRule: CHANNEL_RULES.online.receiptRule,
    receiptBasis: period.citations.receipt ?? '条例第三十一条',
    replyDays: period.replyDays,
    replyBasis: `条例${period.citations.reply}`,
    dueOn: row.dueOn,
    dueProvisional: row.dueProvisional,
    itemCount: row.items.length,
    attachmentCount: (await listAttachments(deps.db, caseId)).length,
    isRepeat,
  };
}

/** Rolls the registration back: the address's quota was spent by a simultaneous post. */
class SubmissionLimitReached extends Error {}

/** Rolls the registration back: the fields did not pass (nothing may stay written). */
class RegistrationRefused extends Error {
  constructor(readonly errors: FieldErrors) {
    super('registration refused');
  }
}

const limitReached = (): SubmitResult => ({
  ok: false,
  kind: 'invalid',
  errors: { [SUBMISSION_TOKEN_FIELD]: SUBMISSION_LIMIT_MESSAGE },
  isTokenValid: true,
});

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Validates and registers an online application, once per form.
 * @returns the receipt (also for a repeated post of the same form), the field errors (nothing is
 *   written), or not_found for an unknown organ
 */
export async function submitApplication(
  deps: CaseDeps & { parsePool: Pick<ParsePool, 'inspectUpload'> },
  input: ApplicationSubmission,
): Promise<SubmitResult> {
  const organ = await findOrganBySlug(deps.db, input.organSlug);
  if (organ === null) {
    return NOT_FOUND;
  }
  const secret = await loadApplicantSecret(deps.db);
  if (!isSubmissionTokenValid(secret, organ.id, input.submissionToken)) {
    return {
      ok: false,
      kind: 'invalid',
      errors: { [SUBMISSION_TOKEN_FIELD]: TOKEN_INVALID },
      isTokenValid: false,
    };
  }
  const tokenHash = hashSubmissionToken(input.submissionToken);
  const queryCode = queryCodeForSubmission(secret, input.submissionToken);
  const earlier = await findSubmission(deps.db, tokenHash);
  if (earlier !== null) {
    return { ok: true, receipt: await receiptFor(deps, organ, earlier, queryCode, true) };
  }
  const quotaKey = submissionKey(input.clientAddress);
  if (await isQuotaSpent(deps.db, quotaKey, deps.clock.now(), SUBMISSIONS_PER_ADDRESS)) {
    return limitReached();
  }
  const today = deps.clock.today() as LocalDate;
  const parsed = parseApplicationFields(input.fields, today);
  const attachments = await readAttachments(input.files, deps.parsePool);
  const errors: FieldErrors = { ...(parsed.isValid ? {} : parsed.errors) };
  if (!attachments.ok) {
    errors.attachments = attachments.error;
  }
  if (!input.hasDeclared) {
    errors.declaration = DECLARATION_MISSING;
  }
  if (!attachments.ok || Object.keys(errors).length > 0) {
    return { ok: false, kind: 'invalid', errors, isTokenValid: true };
  }
  // `queryCode` makes the code reproducible from the token (see the file comment).
  const registration: RegisterInput & { queryCode: string } = {
    organ,
    channel: 'online',
    receivedOn: today,
    fields: input.fields,
    attachments: attachments.attachments,
    source: 'portal',
    actor: PORTAL_APPLICANT_ACTOR,
    submissionTokenHash: tokenHash,
    queryCode,
  };
  try {
    const registered = await deps.db.transaction(async (tx) => {
      // The check and the count are one statement, inside the case's transaction.
      if (!(await takeQuota(tx, quotaKey, deps.clock.now(), SUBMISSIONS_PER_ADDRESS))) {
        throw new SubmissionLimitReached();
      }
      const result = await registerCase(tx, registration, today, deps.clock.now(), secret);
      if (!result.ok) {
        throw new RegistrationRefused(result.errors);
      }
      return result.case;
    });
    return {
      ok: true,
      receipt: await receiptFor(deps, organ, registered.caseId, registered.queryCode, false),
    };
  } catch (error) {
    if (error instanceof SubmissionLimitReached) {
      return limitReached();
    }
    if (error instanceof RegistrationRefused) {
      return { ok: false, kind: 'invalid', errors: error.errors, isTokenValid: true };
    }
    // The same form posted twice at the same moment: the other post made the case.
    const winner = isUniqueViolation(error) ? await findSubmission(deps.db, tokenHash) : null;
    if (winner === null) {
      throw error;
    }
    return { ok: true, receipt: await receiptFor(deps, organ, winner, queryCode, true) };
  }
}
