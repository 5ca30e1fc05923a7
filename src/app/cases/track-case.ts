/**
 * 办理进度查询: an applicant follows an application with its 案件编号 and 查询码, without an
 * account. The answer holds no personal data: the organ, the number, the dates, the public status
 * and the titles of the letters sent to the applicant. A wrong number or code gets one answer
 * (no hint which was wrong), and failures are throttled per client address in the sign-in
 * throttle table (several processes count together).
 */
import { sha256 } from '../../db/queries/audit.ts';
import { findCaseByQueryCode, type CaseRow } from '../../db/queries/cases.ts';
import { listLetters } from '../../db/queries/case-records.ts';
import { findLock, recordFailure, type FailurePolicy } from '../../db/queries/login-attempts.ts';
import { findOrgan } from '../../db/queries/organs.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { normalizeQueryCode } from '../../domain/case/query-code.ts';
import { isCaseStatus, PUBLIC_STATUS_LABELS } from '../../domain/case/status.ts';
import { isLetterKind, LETTER_KIND_LABELS, type LetterKind } from '../../domain/letters/letter-kinds.ts';
import { applicantDownloadsOf, type ApplicantDownload } from './applicant-downloads.ts';
import { hashQueryCode } from './query-codes.ts';
import type { CaseDeps } from './case-deps.ts';

const WINDOW_MS = 15 * 60 * 1000;
/** Per client address: 20 wrong number/code pairs in 15 minutes lock the address for 15 minutes. */
export const TRACK_POLICY: FailurePolicy = { limit: 20, windowMs: WINDOW_MS, lockMs: WINDOW_MS };

/** The throttle key of a client address (hashed: the table holds no addresses). */
export const trackKey = (address: string): string => `track:${sha256(address)}`;

/** Letters addressed to someone else (a third party, another organ): not listed to the applicant. */
const NOT_FOR_APPLICANT: ReadonlySet<LetterKind> = new Set([
  'thirdPartyConsultation',
  'coProducerConsultation',
]);

/** Where the reply period stands, as the applicant is told. */
export type PublicDeadline =
  | { kind: 'running'; dueOn: LocalDate; isProvisional: boolean }
  | { kind: 'awaitingCorrection' }
  | { kind: 'paused'; reason: string }
  | { kind: 'closed' };

/** What the tracking page shows. */
export type TrackedCase = {
  organName: string;
  caseNumber: string;
  receivedOn: LocalDate;
  statusLabel: string;
  deadline: PublicDeadline;
  closedOn: LocalDate | null;
  letters: { title: string; issuedOn: LocalDate }[];
  /** After delivery 网上获取: the 答复书 and the released files, behind expiring links. */
  downloads: ApplicantDownload[];
};

export type TrackInput = { caseNumber: string; queryCode: string; clientAddress: string };

export type TrackResult =
  | { ok: true; case: TrackedCase }
  | { ok: false; reason: 'incomplete' }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'locked'; retryAt: Date };

/**
 * A case number as typed, made comparable: full-width to half-width, no spaces, any of the usual
 * brackets around the year read as 〔〕, upper case.
 * @example normalizeCaseNumber(' 博政公开[2026]0001号 ') // '博政公开〔2026〕0001号'
 */
export function normalizeCaseNumber(input: string): string {
  return input
    .slice(0, 200)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔【[(［（{｛]/g, '〔')
    .replace(/[〕】\])］）}｝]/g, '〕')
    .toUpperCase();
}

/**
 * The reply period as the applicant sees it, from the case's stored snapshot.
 * @example publicDeadlineOf({ status: 'awaitingCorrection', dueOn: null, dueProvisional: false }) // { kind: 'awaitingCorrection' }
 * @example publicDeadlineOf({ status: 'inConsultation', dueOn: null, dueProvisional: false }) // { kind: 'paused', reason: '征求意见中，期限中止' }
 */
export function publicDeadlineOf(row: Pick<CaseRow, 'status' | 'dueOn' | 'dueProvisional'>): PublicDeadline {
  if (row.status === 'closed') {
    return { kind: 'closed' };
  }
  if (row.status === 'awaitingCorrection') {
    return { kind: 'awaitingCorrection' };
  }
  if (row.dueOn !== null) {
    return { kind: 'running', dueOn: row.dueOn, isProvisional: row.dueProvisional };
  }
  const reason =
    row.status === 'inConsultation'
      ? '征求意见中，期限中止'
      : row.status === 'awaitingFee'
        ? '待缴纳信息处理费，期限中止'
        : '期限中止';
  return { kind: 'paused', reason };
}

async function trackedCase(deps: CaseDeps, row: CaseRow): Promise<TrackedCase> {
  const organ = await findOrgan(deps.db, row.organId);
  const letters = (await listLetters(deps.db, row.id)).flatMap((letter) =>
    isLetterKind(letter.kind) && !NOT_FOR_APPLICANT.has(letter.kind)
      ? [{ title: LETTER_KIND_LABELS[letter.kind].title, issuedOn: letter.issuedOn }]
      : [],
  );
  return {
    organName: organ?.name ?? '',
    caseNumber: row.caseNumber,
    receivedOn: row.receivedOn,
    statusLabel: isCaseStatus(row.status) ? PUBLIC_STATUS_LABELS[row.status] : '办理中',
    deadline: publicDeadlineOf(row),
    closedOn: row.closedOn,
    letters,
    downloads: await applicantDownloadsOf(deps, row),
  };
}

/**
 * Looks a case up by number and query code.
 * @returns the public view, `incomplete` (a field left empty; not counted), `notFound` (counted),
 *   or `locked` while the address is throttled
 */
export async function trackCase(deps: CaseDeps, input: TrackInput): Promise<TrackResult> {
  if (input.caseNumber.trim() === '' || input.queryCode.trim() === '') {
    return { ok: false, reason: 'incomplete' };
  }
  const now = deps.clock.now();
  const key = trackKey(input.clientAddress);
  const lockedUntil = await findLock(deps.db, [key], now);
  if (lockedUntil) {
    return { ok: false, reason: 'locked', retryAt: lockedUntil };
  }
  const code = normalizeQueryCode(input.queryCode);
  const row = code === null ? null : await findCaseByQueryCode(deps.db, hashQueryCode(code));
  if (row !== null && normalizeCaseNumber(row.caseNumber) === normalizeCaseNumber(input.caseNumber)) {
    return { ok: true, case: await trackedCase(deps, row) };
  }
  const failure = await recordFailure(deps.db, key, now, TRACK_POLICY);
  return failure.lockedUntil !== null && failure.lockedUntil > now
    ? { ok: false, reason: 'locked', retryAt: failure.lockedUntil }
    : { ok: false, reason: 'notFound' };
}
