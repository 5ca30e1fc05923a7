/**
 * Tables 三/四 over the bulk-loaded cases: the statistics use case (what GET /staff/statistics
 * runs: organ registry, subtree, the two counting queries, tables from counts) timed for the root
 * organ's whole subtree, one district's subtree and a single organ, for one year, several times
 * (median and max). Then the same rows are read back and the tables rebuilt by the in-memory
 * builders (domain/case/statistics): both must be identical, cell for cell.
 */
import { isDeepStrictEqual } from 'node:util';
import { fixedClock } from '../src/app/clock.ts';
import { caseStatistics } from '../src/app/cases/case-statistics.ts';
import type { Db } from '../src/db/db.ts';
import type { Actor } from '../src/domain/access/roles.ts';
import type { LocalDate } from '../src/domain/calendar/local-date.ts';
import {
  buildApplicationsTable,
  type CaseForStatistics,
} from '../src/domain/case/statistics/applications-table.ts';
import {
  buildReviewLitigationTable,
  type ReviewRecord,
} from '../src/domain/case/statistics/review-litigation-table.ts';
import type { AnnualReport } from '../src/domain/report/model.ts';
import { ROOT_ORGAN, subtreeOf } from './cases-seed.ts';

/** The report year timed. */
export const STATISTICS_YEAR = 2025;
const REPETITIONS = 7;
/** Other years compared (first year of data, and the year the open cases are carried into). */
const EXTRA_YEARS = [2022, 2026];
const SCOPES = [
  { key: 'root', label: 'root organ + whole subtree (500 organs)', organId: ROOT_ORGAN },
  { key: 'district', label: 'one district + its subtree', organId: 2 },
  { key: 'organ', label: 'one organ (a district department)', organId: 30 },
] as const;

const ACTOR: Actor = {
  accountId: 0,
  username: 'bench',
  displayName: 'bench',
  roles: [{ organId: ROOT_ORGAN, role: 'supervisor' }],
  mustChangePassword: false,
};

/** One scope's timing (milliseconds) and size. */
export type ScopeTiming = { label: string; organs: number; cases: number; medianMs: number; maxMs: number };
/** What the statistics part measured and checked. */
export type StatisticsFigures = {
  timings: ScopeTiming[];
  /** Scope/year pairs compared with the in-memory builders, and those that differed. */
  compared: number;
  mismatches: string[];
  inMemory: { rows: number; reviews: number; readMs: number; buildMs: number };
};

type CaseRowForStatistics = CaseForStatistics & { organId: number };
type ReviewRowForStatistics = ReviewRecord & { organId: number };

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function runStatistics(db: Db, organId: number, year: number): Promise<AnnualReport> {
  const result = await caseStatistics({ db, clock: fixedClock('2026-11-22T02:00:00Z') }, ACTOR, {
    organ: String(organId),
    year: String(year),
  });
  if (result.report === null || result.organId !== organId) {
    throw new Error(`statistics for organ ${organId} not computed`);
  }
  return result.report;
}

async function timeScope(
  db: Db,
  scope: (typeof SCOPES)[number],
): Promise<{ timing: ScopeTiming; report: AnnualReport }> {
  const ids = await subtreeOf(db, scope.organId);
  const count = await db.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM cases WHERE organ_id = ANY($1::int[])',
    [ids],
  );
  let report = await runStatistics(db, scope.organId, STATISTICS_YEAR); // warm-up
  const times: number[] = [];
  for (let i = 0; i < REPETITIONS; i += 1) {
    const start = performance.now();
    report = await runStatistics(db, scope.organId, STATISTICS_YEAR);
    times.push(performance.now() - start);
  }
  const timing = {
    label: scope.label,
    organs: ids.length,
    cases: Number(count[0]?.n ?? 0),
    medianMs: median(times),
    maxMs: Math.max(...times),
  };
  return { timing, report };
}

async function readRows(
  db: Db,
): Promise<{ cases: CaseRowForStatistics[]; reviews: ReviewRowForStatistics[] }> {
  const cases = await db.query<{
    organ_id: number;
    applicant_kind: string;
    received: string;
    closed: string | null;
    decision: string | null;
  }>(
    'SELECT organ_id, applicant_kind, received_on::text AS received, closed_on::text AS closed, decision FROM cases',
  );
  const reviews = await db.query<{
    organ_id: number;
    kind: string;
    filed: string;
    result: string;
    concluded: string | null;
  }>(
    'SELECT organ_id, kind, filed_on::text AS filed, result, concluded_on::text AS concluded FROM case_reviews',
  );
  return {
    cases: cases.map((r) => ({
      organId: r.organ_id,
      applicantKind: r.applicant_kind as CaseForStatistics['applicantKind'],
      received: r.received as LocalDate,
      closedOn: r.closed as LocalDate | null,
      decision: r.decision as CaseForStatistics['decision'],
    })),
    reviews: reviews.map((r) => ({
      organId: r.organ_id,
      kind: r.kind as ReviewRecord['kind'],
      filedOn: r.filed as LocalDate,
      result: r.result as ReviewRecord['result'],
      concludedOn: r.concluded as LocalDate | null,
    })),
  };
}

/** Compares the database's tables with the in-memory builders' for one scope and year; returns a message on a difference. */
function compare(
  label: string,
  report: AnnualReport,
  cases: readonly CaseForStatistics[],
  reviews: readonly ReviewRecord[],
  year: number,
): string | null {
  const applications = buildApplicationsTable(cases, year);
  const reviewLitigation = buildReviewLitigationTable(reviews, year);
  if (
    isDeepStrictEqual(report.applications, applications) &&
    isDeepStrictEqual(report.reviewLitigation, reviewLitigation)
  ) {
    return null;
  }
  return `${label} ${year}: database ${JSON.stringify({ a: report.applications, r: report.reviewLitigation })} ≠ in memory ${JSON.stringify({ a: applications, r: reviewLitigation })}`;
}

/** Times the three scopes, then checks them (and the root in other years) against the in-memory builders. */
export async function benchStatistics(db: Db): Promise<StatisticsFigures> {
  const timed: Array<{ scope: (typeof SCOPES)[number]; report: AnnualReport }> = [];
  const timings: ScopeTiming[] = [];
  for (const scope of SCOPES) {
    const { timing, report } = await timeScope(db, scope);
    timings.push(timing);
    timed.push({ scope, report });
    process.stderr.write(
      `  statistics ${scope.key}: median ${timing.medianMs.toFixed(0)} ms, max ${timing.maxMs.toFixed(0)} ms\n`,
    );
  }
  const readStart = performance.now();
  const rows = await readRows(db);
  const readMs = performance.now() - readStart;
  const buildStart = performance.now();
  buildApplicationsTable(rows.cases, STATISTICS_YEAR);
  buildReviewLitigationTable(rows.reviews, STATISTICS_YEAR);
  const buildMs = performance.now() - buildStart;
  const checks: Array<{ label: string; report: AnnualReport; organs: readonly number[]; year: number }> = [];
  for (const { scope, report } of timed) {
    checks.push({
      label: scope.key,
      report,
      organs: await subtreeOf(db, scope.organId),
      year: STATISTICS_YEAR,
    });
  }
  for (const year of EXTRA_YEARS) {
    checks.push({
      label: 'root',
      report: await runStatistics(db, ROOT_ORGAN, year),
      organs: await subtreeOf(db, ROOT_ORGAN),
      year,
    });
  }
  const mismatches = checks.flatMap((check) => {
    const organs = new Set(check.organs);
    const message = compare(
      check.label,
      check.report,
      rows.cases.filter((c) => organs.has(c.organId)),
      rows.reviews.filter((r) => organs.has(r.organId)),
      check.year,
    );
    return message === null ? [] : [message];
  });
  return {
    timings,
    compared: checks.length,
    mismatches,
    inMemory: { rows: rows.cases.length, reviews: rows.reviews.length, readMs, buildMs },
  };
}
