/**
 * One organ's figures for a year from the platform's records, as the drafted prose and the tables
 * need them: table 二's document rows from the published 规章/规范性文件, tables 三/四 from the
 * organ's own cases, what it published by column and 解读 form, the 信息处理费 paid, and 上年 from
 * last year's published report (else from last year's records). The entered figures of table 二
 * (行政许可/处罚/强制, 收费) are not platform data: they come from report_entered_figures (entered
 * by form or import, enter-figures.ts), blank until entered — and each one left blank stays blank.
 */
import { countApplications, countReviews } from '../../db/queries/case-statistics.ts';
import {
  countPublishedInYear,
  feesPaidInYear,
  listDocumentRows,
} from '../../db/queries/annual-report-records.ts';
import { findAnnualReport, type StoredAnnualReport } from '../../db/queries/annual-reports.ts';
import { findEnteredFigures, type StoredEnteredFigures } from '../../db/queries/report-entered-figures.ts';
import { feesNumber } from '../../domain/annual-report/entered-figures.ts';
import { documentsTable, type YearBasis } from '../../domain/annual-report/documents-table.ts';
import type { DraftFacts } from '../../domain/annual-report/draft-facts.ts';
import { applicationsFromCounts, reviewLitigationFromCounts } from '../../domain/case/table-from-counts.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import {
  INTERPRETATION_FORM_LABELS,
  INTERPRETATION_FORMS,
  isOneOf,
} from '../../domain/publishing/vocabulary.ts';
import { TOTAL_COLUMN } from '../../domain/report/layout.ts';
import type { Queryable } from '../../db/db.ts';
import type { Clock } from '../clock.ts';

/**
 * What drafting needs: a database handle — the app's, or the transaction of the use case that
 * drafts (a 年度报告 item saved 「由平台记录起草」: on PGlite a second connection would wait for it) —
 * and the clock.
 */
export type DraftDeps = { db: Queryable; clock: Clock };

/** Where 上年 figures came from. */
export type PreviousSource = 'report' | 'records' | 'none';

export type OrganFacts = {
  facts: DraftFacts;
  previousFrom: PreviousSource;
  lastReport: StoredAnnualReport | null;
  /** Table 二's entered figures with their source, or null when none were entered. */
  entered: StoredEnteredFigures | null;
};

/** Facts of the organ's records for the year (the part that needs the database). */
async function gatherFacts(deps: DraftDeps, organ: Organ, year: number, basis: YearBasis) {
  const [applications, reviews, documents, published, fees, lastReport, entered] = await Promise.all([
    countApplications(deps.db, [organ.id], year),
    countReviews(deps.db, [organ.id], year),
    listDocumentRows(deps.db, organ.id),
    countPublishedInYear(deps.db, organ.id, year),
    feesPaidInYear(deps.db, [organ.id], year),
    findAnnualReport(deps.db, organ.id, year - 1),
    findEnteredFigures(deps.db, organ.id, year),
  ]);
  const lastReceived = lastReport?.report.applications?.newlyReceived[TOTAL_COLUMN] ?? null;
  const lastFromRecords =
    lastReceived === null
      ? applicationsFromCounts(await countApplications(deps.db, [organ.id], year - 1)).newlyReceived[
          TOTAL_COLUMN
        ]
      : null;
  return {
    applications: applicationsFromCounts(applications),
    reviewLitigation: reviewLitigationFromCounts(reviews),
    documents: documentsTable(documents, year, basis),
    published,
    fees,
    lastReport,
    entered,
    previous:
      lastReceived !== null
        ? { value: lastReceived, from: 'report' as const }
        : lastFromRecords !== null && lastFromRecords !== undefined && lastFromRecords > 0
          ? { value: lastFromRecords, from: 'records' as const }
          : { value: null, from: 'none' as const },
  };
}

/** The organ's facts for the year. */
export async function organFacts(
  deps: DraftDeps,
  organ: Organ,
  year: number,
  basis: YearBasis,
): Promise<OrganFacts> {
  const records = await gatherFacts(deps, organ, year, basis);
  const facts: DraftFacts = {
    organ: organ.name,
    year,
    proactive: {
      ...records.documents,
      licensing: { decisions: records.entered?.licensing ?? null },
      penalties: { decisions: records.entered?.penalties ?? null },
      coercion: { decisions: records.entered?.coercion ?? null },
      fees: { amountWanYuan: feesNumber(records.entered) },
    },
    applications: records.applications,
    reviewLitigation: records.reviewLitigation,
    previousNewlyReceived: records.previous.value,
    publishing: {
      published: records.published.total,
      byColumn: records.published.byColumn,
      interpretations: records.published.byInterpretationForm.map((f) => ({
        name: isOneOf(INTERPRETATION_FORMS, f.form) ? INTERPRETATION_FORM_LABELS[f.form] : f.form,
        count: f.count,
      })),
      gazetteIssues: 0,
    },
    fees: { collectedYuan: records.fees.yuan, applications: records.fees.applications },
  };
  return {
    facts,
    previousFrom: records.previous.from,
    lastReport: records.lastReport,
    entered: records.entered,
  };
}
