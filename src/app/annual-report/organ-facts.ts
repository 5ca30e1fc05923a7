/**
 * One organ's figures for a year from the platform's records, as the drafted prose and the tables
 * need them: table 二's document rows from the published 规章/规范性文件, tables 三/四 from the
 * organ's own cases, what it published by column and 解读 form, the 信息处理费 paid, and 上年 from
 * last year's published report (else from last year's records). The entered figures of table 二
 * (行政许可/处罚/强制, 收费) are not platform data: they come from report_entered_figures (entered
 * by form or import, enter-figures.ts), blank until entered — and each one left blank stays blank.
 */
import { countApplicationsByOrgan, countReviewsByOrgan } from '../../db/queries/case-statistics.ts';
import {
  countPublishedInYear,
  feesPaidInYear,
  listDocumentRows,
  NOTHING_PUBLISHED,
} from '../../db/queries/annual-report-records.ts';
import { listAnnualReportsOf, type StoredAnnualReport } from '../../db/queries/annual-reports.ts';
import { listEnteredFigures, type StoredEnteredFigures } from '../../db/queries/report-entered-figures.ts';
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

/** Rows of a set query by organ (an organ without rows has none in the map). */
function byOrgan<T extends { organId: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.organId);
    if (list === undefined) {
      map.set(row.organId, [row]);
    } else {
      list.push(row);
    }
  }
  return map;
}

/**
 * Facts of the organs' records for the year (the part that needs the database): one statement per
 * kind of fact over all the organs, grouped by organ — the roll-up of 50 organs reads as many
 * statements as one organ's draft (decision 043).
 */
async function gatherFacts(deps: DraftDeps, ids: readonly number[], year: number) {
  const [applications, reviews, documents, published, fees, lastReports, entered] = await Promise.all([
    countApplicationsByOrgan(deps.db, ids, year),
    countReviewsByOrgan(deps.db, ids, year),
    listDocumentRows(deps.db, ids),
    countPublishedInYear(deps.db, ids, year),
    feesPaidInYear(deps.db, ids, year),
    listAnnualReportsOf(deps.db, ids, year - 1),
    listEnteredFigures(
      deps.db,
      ids.map((id) => [id, year] as const),
    ),
  ]);
  const lastReport = new Map(lastReports.map((r) => [r.organId, r]));
  const lastReceived = (id: number) =>
    lastReport.get(id)?.report.applications?.newlyReceived[TOTAL_COLUMN] ?? null;
  // 上年 from last year's records only for the organs whose last report does not say it
  const fromRecords = ids.filter((id) => lastReceived(id) === null);
  const lastYear = byOrgan(
    fromRecords.length === 0 ? [] : await countApplicationsByOrgan(deps.db, fromRecords, year - 1),
  );
  return {
    applications: byOrgan(applications),
    reviews: byOrgan(reviews),
    documents: byOrgan(documents),
    published: new Map(published.map((p) => [p.organId, p])),
    fees: new Map(fees.map((f) => [f.organId, f])),
    lastReport,
    entered: new Map(entered.map((e) => [e.organId, e])),
    previous: (id: number) => {
      const received = lastReceived(id);
      if (received !== null) {
        return { value: received, from: 'report' as const };
      }
      const fromLastYear = applicationsFromCounts(lastYear.get(id) ?? []).newlyReceived[TOTAL_COLUMN];
      return fromLastYear !== undefined && fromLastYear !== null && fromLastYear > 0
        ? { value: fromLastYear, from: 'records' as const }
        : { value: null, from: 'none' as const };
    },
  };
}

/** The facts of one organ from what the set queries gathered. */
function factsOf(
  organ: Organ,
  year: number,
  basis: YearBasis,
  records: Awaited<ReturnType<typeof gatherFacts>>,
): OrganFacts {
  const entered = records.entered.get(organ.id) ?? null;
  const published = records.published.get(organ.id) ?? NOTHING_PUBLISHED;
  const fees = records.fees.get(organ.id) ?? { yuan: 0, applications: 0 };
  const previous = records.previous(organ.id);
  const facts: DraftFacts = {
    organ: organ.name,
    year,
    proactive: {
      ...documentsTable(records.documents.get(organ.id) ?? [], year, basis),
      licensing: { decisions: entered?.licensing ?? null },
      penalties: { decisions: entered?.penalties ?? null },
      coercion: { decisions: entered?.coercion ?? null },
      fees: { amountWanYuan: feesNumber(entered) },
    },
    applications: applicationsFromCounts(records.applications.get(organ.id) ?? []),
    reviewLitigation: reviewLitigationFromCounts(records.reviews.get(organ.id) ?? []),
    previousNewlyReceived: previous.value,
    publishing: {
      published: published.total,
      byColumn: published.byColumn,
      interpretations: published.byInterpretationForm.map((f) => ({
        name: isOneOf(INTERPRETATION_FORMS, f.form) ? INTERPRETATION_FORM_LABELS[f.form] : f.form,
        count: f.count,
      })),
      gazetteIssues: 0,
    },
    fees: { collectedYuan: fees.yuan, applications: fees.applications },
  };
  return {
    facts,
    previousFrom: previous.from,
    lastReport: records.lastReport.get(organ.id) ?? null,
    entered,
  };
}

/** The facts of each organ for the year (by organ id), in one statement per kind of fact. */
export async function organsFacts(
  deps: DraftDeps,
  organs: readonly Organ[],
  year: number,
  basis: YearBasis,
): Promise<Map<number, OrganFacts>> {
  if (organs.length === 0) {
    return new Map();
  }
  const records = await gatherFacts(
    deps,
    organs.map((o) => o.id),
    year,
  );
  return new Map(organs.map((organ) => [organ.id, factsOf(organ, year, basis, records)]));
}

/** The organ's facts for the year. */
export async function organFacts(
  deps: DraftDeps,
  organ: Organ,
  year: number,
  basis: YearBasis,
): Promise<OrganFacts> {
  return (await organsFacts(deps, [organ], year, basis)).get(organ.id)!;
}
