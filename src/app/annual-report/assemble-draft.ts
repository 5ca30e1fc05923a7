/**
 * An organ's annual report for a year, assembled from the platform's records (issue 12, "The
 * draft"): table 二's document rows from the published 规章/规范性文件, tables 三/四 from the cases
 * (the organ's own, not its subtree's — a district's report is the roll-up), 上年 figures from last
 * year's published report where there is one (else from last year's records), prose for every part
 * drafted from the same figures, and the report checker's findings on the result. The entered figures
 * of table 二 (行政许可/处罚/强制, 收费) are not platform data: blank until entered.
 */
import { countApplications, countReviews } from '../../db/queries/case-statistics.ts';
import {
  countPublishedInYear,
  feesPaidInYear,
  listDocumentRows,
} from '../../db/queries/annual-report-records.ts';
import { findAnnualReport } from '../../db/queries/annual-reports.ts';
import { findOrgan, findOrganBySlug } from '../../db/queries/organs.ts';
import { documentsTable, type YearBasis } from '../../domain/annual-report/documents-table.ts';
import type { DraftFacts } from '../../domain/annual-report/draft-facts.ts';
import { draftProse, sectionsOf, type DraftedProse } from '../../domain/annual-report/draft-prose.ts';
import { reviewLitigationFromCounts, applicationsFromCounts } from '../../domain/case/table-from-counts.ts';
import {
  INTERPRETATION_FORM_LABELS,
  isOneOf,
  INTERPRETATION_FORMS,
} from '../../domain/publishing/vocabulary.ts';
import { checkReport } from '../../domain/report/check/check-report.ts';
import type { Finding } from '../../domain/report/findings.ts';
import { TOTAL_COLUMN } from '../../domain/report/layout.ts';
import { SCHEMA_ID, type Report2021 } from '../../domain/report/model.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { invalid, NOT_FOUND, type Result } from '../failures.ts';

/** The first year the 2019 条例's report format (and so this draft) applies to. */
export const FIRST_DRAFT_YEAR = 2019;

export type AssembledDraft = {
  organ: Organ;
  report: Report2021;
  prose: DraftedProse;
  findings: Finding[];
  /** Where 上年 figures came from. */
  previousFrom: 'report' | 'records' | 'none';
};

/** Facts of the organ's records for the year (the part that needs the database). */
async function gatherFacts(deps: CaseDeps, organ: Organ, year: number, basis: YearBasis) {
  const [applications, reviews, documents, published, fees, lastReport] = await Promise.all([
    countApplications(deps.db, [organ.id], year),
    countReviews(deps.db, [organ.id], year),
    listDocumentRows(deps.db, organ.id),
    countPublishedInYear(deps.db, organ.id, year),
    feesPaidInYear(deps.db, [organ.id], year),
    findAnnualReport(deps.db, organ.id, year - 1),
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
    previous:
      lastReceived !== null
        ? { value: lastReceived, from: 'report' as const }
        : lastFromRecords !== null && lastFromRecords !== undefined && lastFromRecords > 0
          ? { value: lastFromRecords, from: 'records' as const }
          : { value: null, from: 'none' as const },
  };
}

/**
 * @param yearBasis which date puts a document in 本年制发 (documents-table.ts)
 * @returns the report (contract v1, 2021 format), its drafted prose and the checker's findings
 */
export async function assembleDraft(
  deps: CaseDeps,
  organId: number,
  year: number,
  yearBasis: YearBasis = 'written',
): Promise<Result<AssembledDraft, 'invalid' | 'not_found'>> {
  const organ = await findOrgan(deps.db, organId);
  if (organ === null) {
    return NOT_FOUND;
  }
  const thisYear = Number(deps.clock.today().slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_DRAFT_YEAR || year >= thisYear) {
    return invalid({
      year:
        year >= thisYear && year <= thisYear + 100
          ? `${year}年尚未结束，年度报告只能在次年起草。`
          : `年份须在${FIRST_DRAFT_YEAR}年至${thisYear - 1}年之间。`,
    });
  }
  const records = await gatherFacts(deps, organ, year, yearBasis);
  const facts: DraftFacts = {
    organ: organ.name,
    year,
    proactive: {
      ...records.documents,
      licensing: { decisions: null },
      penalties: { decisions: null },
      coercion: { decisions: null },
      fees: { amountWanYuan: null },
    },
    applications: records.applications,
    reviewLitigation: records.reviewLitigation,
    previousNewlyReceived: records.previous.value,
    publishing: {
      published: records.published.total,
      byColumn: records.published.byColumn.map((c) => ({ name: c.name, count: c.count })),
      interpretations: records.published.byInterpretationForm.map((f) => ({
        name: isOneOf(INTERPRETATION_FORMS, f.form) ? INTERPRETATION_FORM_LABELS[f.form] : f.form,
        count: f.count,
      })),
      gazetteIssues: 0,
    },
    fees: { collectedYuan: records.fees.yuan, applications: records.fees.applications },
  };
  const prose = draftProse(facts);
  const report: Report2021 = {
    schema: SCHEMA_ID,
    format: '2021',
    organ: organ.name,
    year,
    sections: sectionsOf(prose),
    proactive: facts.proactive,
    applications: facts.applications,
    reviewLitigation: facts.reviewLitigation,
  };
  const last = records.lastReport;
  const findings = checkReport(report, last === null ? {} : { previous: last.report });
  return { ok: true, organ, report, prose, findings, previousFrom: records.previous.from };
}

/** The same, for the organ with a URL slug (the CLI's `--organ`). */
export async function assembleDraftBySlug(
  deps: CaseDeps,
  slug: string,
  year: number,
  yearBasis: YearBasis = 'written',
): Promise<Result<AssembledDraft, 'invalid' | 'not_found'>> {
  const organ = await findOrganBySlug(deps.db, slug);
  return organ === null ? NOT_FOUND : assembleDraft(deps, organ.id, year, yearBasis);
}
