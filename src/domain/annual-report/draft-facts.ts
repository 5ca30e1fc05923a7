/**
 * What the annual report's prose is drafted from: the tables assembled from the records (二 from
 * items and entered figures, 三/四 from cases), last year's figure for the year-on-year change, and
 * the publishing and fee records. Every number the prose prints is read here as a `Figure` under a
 * stable key, so the draft can tell later which sentences went stale.
 */
import { sumTotals, totalOf } from '../report/check/prose-quantities.ts';
import type { Applications, Proactive2021, ReviewLitigation } from '../report/model.ts';
import type { Figure } from './drafted-sentence.ts';

/** Published items of one column, or 解读 of one form. */
export type NamedCount = { name: string; count: number };

export type DraftFacts = {
  organ: string;
  year: number;
  proactive: Proactive2021 | null;
  applications: Applications | null;
  reviewLitigation: ReviewLitigation | null;
  /** Last year's 本年新收 总计 (from last year's report), or null when unknown. */
  previousNewlyReceived: number | null;
  /** From the published items; null when the organ does not publish on the platform. */
  publishing: {
    published: number;
    byColumn: readonly NamedCount[];
    interpretations: readonly NamedCount[];
    gazetteIssues: number;
  } | null;
  /** 信息处理费 collected (元) and from how many applications; null when not recorded. */
  fees: { collectedYuan: number; applications: number } | null;
};

/** A figure, or null when the cell is blank (a blank is never drafted as a number). */
export const figure = (key: string, value: number | null | undefined): Figure | null =>
  value === null || value === undefined ? null : { key, value };

/** The figures of table 三 the prose quotes. */
export function applicationFigures(a: Applications) {
  const other = Array.isArray(a.other) ? [a.other] : Object.values(a.other);
  const natural = a.newlyReceived[0];
  const received = totalOf(a.newlyReceived);
  return {
    received: figure('applications.newlyReceived[6]', received),
    naturalPersons: figure('applications.newlyReceived[0]', natural),
    organisations: figure(
      'applications.newlyReceived[1..5]',
      received === null || natural === null ? null : received - natural,
    ),
    carriedOver: figure('applications.carriedOver[6]', totalOf(a.carriedOver)),
    granted: figure('applications.granted[6]', totalOf(a.granted)),
    partlyGranted: figure('applications.partlyGranted[6]', totalOf(a.partlyGranted)),
    withheld: figure('applications.withheld[*][6]', sumTotals(Object.values(a.withheld))),
    unavailable: figure('applications.unavailable[*][6]', sumTotals(Object.values(a.unavailable))),
    notProcessed: figure('applications.notProcessed[*][6]', sumTotals(Object.values(a.notProcessed))),
    other: figure('applications.other[*][6]', sumTotals(other)),
    handled: figure('applications.total[6]', totalOf(a.total)),
    carriedForward: figure('applications.carriedForward[6]', totalOf(a.carriedForward)),
  };
}

/** The figures of table 四 the prose quotes. */
export function reviewFigures(r: ReviewLitigation) {
  const direct = r.litigationDirect.total;
  const after = r.litigationAfterReview.total;
  return {
    review: figure('reviewLitigation.review.total', r.review.total),
    upheld: figure('reviewLitigation.review.upheld', r.review.upheld),
    corrected: figure('reviewLitigation.review.corrected', r.review.corrected),
    otherResult: figure('reviewLitigation.review.other', r.review.other),
    pending: figure('reviewLitigation.review.pending', r.review.pending),
    litigation: figure(
      'reviewLitigation.litigation.total',
      direct === null || after === null ? null : direct + after,
    ),
    direct: figure('reviewLitigation.litigationDirect.total', direct),
    afterReview: figure('reviewLitigation.litigationAfterReview.total', after),
    litigationCorrected: figure(
      'reviewLitigation.litigation.corrected',
      r.litigationDirect.corrected === null || r.litigationAfterReview.corrected === null
        ? null
        : r.litigationDirect.corrected + r.litigationAfterReview.corrected,
    ),
  };
}
