/**
 * Tables 三 and 四 in the report contract from counts (as the database gives them): the same
 * result as building them case by case (statistics/), without moving a million rows. Every cell
 * is a sum of counts, the 总计 column and the （七）总计 row are sums of cells, so the table's
 * identities hold by construction.
 */
import type { Applications, ApplicantRow, Outcome, ReviewLitigation } from '../report/model.ts';
import { applicantColumn, isApplicantKind } from './applicant-kinds.ts';
import { DECISIONS, isDecision, type Decision } from './decisions.ts';
import { REVIEW_KINDS, REVIEW_RESULTS, type ReviewKind, type ReviewResult } from './events.ts';

/** One count: applicant kind × bucket (newlyReceived | carriedOver | carriedForward | a decision code). */
export type BucketCount = { applicantKind: string; bucket: string; count: number };

const zeroRow = (): number[] => [0, 0, 0, 0, 0, 0, 0];
const asRow = (cells: number[]): ApplicantRow => cells as unknown as ApplicantRow;

/**
 * @throws Error on an unknown applicant kind or bucket (bad data must not vanish from a statutory table)
 */
export function applicationsFromCounts(counts: readonly BucketCount[]): Applications {
  const rows = new Map<string, number[]>();
  const row = (key: string) => rows.get(key) ?? rows.set(key, zeroRow()).get(key)!;
  for (const c of counts) {
    if (!isApplicantKind(c.applicantKind)) {
      throw new Error(`unknown applicant kind: ${c.applicantKind}`);
    }
    if (!['newlyReceived', 'carriedOver', 'carriedForward'].includes(c.bucket) && !isDecision(c.bucket)) {
      throw new Error(`unknown bucket: ${c.bucket}`);
    }
    const cells = row(c.bucket);
    cells[applicantColumn(c.applicantKind)]! += c.count;
    cells[6]! += c.count;
  }
  const get = (key: string) => asRow(row(key));
  const total = zeroRow();
  for (const decision of DECISIONS) {
    row(decision).forEach((v, i) => {
      total[i]! += v;
    });
  }
  const d = (decision: Decision) => get(decision);
  return {
    newlyReceived: get('newlyReceived'),
    carriedOver: get('carriedOver'),
    granted: d('granted'),
    partlyGranted: d('partlyGranted'),
    withheld: {
      stateSecret: d('withheld.stateSecret'),
      prohibitedByLaw: d('withheld.prohibitedByLaw'),
      securityStability: d('withheld.securityStability'),
      thirdPartyRights: d('withheld.thirdPartyRights'),
      internalAffairs: d('withheld.internalAffairs'),
      processInformation: d('withheld.processInformation'),
      enforcementFiles: d('withheld.enforcementFiles'),
      administrativeQuery: d('withheld.administrativeQuery'),
    },
    unavailable: {
      notHeld: d('unavailable.notHeld'),
      needsCreation: d('unavailable.needsCreation'),
      unclearAfterCorrection: d('unavailable.unclearAfterCorrection'),
    },
    notProcessed: {
      complaint: d('notProcessed.complaint'),
      duplicate: d('notProcessed.duplicate'),
      publication: d('notProcessed.publication'),
      excessive: d('notProcessed.excessive'),
      confirmation: d('notProcessed.confirmation'),
    },
    other: { noCorrection: d('other.noCorrection'), noFee: d('other.noFee'), other: d('other.other') },
    total: asRow(total),
    carriedForward: get('carriedForward'),
  };
}

/**
 * @throws Error on an unknown kind or result
 */
export function reviewLitigationFromCounts(
  counts: readonly { kind: string; result: string; count: number }[],
): ReviewLitigation {
  const table: Record<ReviewKind, Outcome> = {
    review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  };
  for (const c of counts) {
    if (
      !(REVIEW_KINDS as readonly string[]).includes(c.kind) ||
      !(REVIEW_RESULTS as readonly string[]).includes(c.result)
    ) {
      throw new Error(`unknown review record: ${c.kind}/${c.result}`);
    }
    const outcome = table[c.kind as ReviewKind];
    const result = c.result as ReviewResult;
    outcome[result] = (outcome[result] ?? 0) + c.count;
    outcome.total = (outcome.total ?? 0) + c.count;
  }
  return table;
}
