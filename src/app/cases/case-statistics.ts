/**
 * Tables 三 and 四 for an organ and everything below it, for a year, computed from the cases (and
 * their 行政复议/诉讼 records) — as a report in the annual-report contract (2021 format) whose other
 * parts are empty, so the report engine's renderers and checker work on it unchanged.
 */
import type { Queryable } from '../../db/db.ts';
import { countApplications, countReviews } from '../../db/queries/case-statistics.ts';
import { isWithin } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { localDate } from '../../domain/calendar/local-date.ts';
import { defaultStatisticsYear } from '../../domain/case/statistics/default-year.ts';
import { applicationsFromCounts, reviewLitigationFromCounts } from '../../domain/case/table-from-counts.ts';
import { SCHEMA_ID, type AnnualReport } from '../../domain/report/model.ts';
import { loadOrganRegistry, type OrganRegistry } from '../organs/load-organ-tree.ts';
import { visibleCaseOrgans } from './list-cases.ts';
import type { CaseDeps } from './case-deps.ts';

export type CaseStatistics = {
  organs: { id: number; name: string }[];
  organId: number | null;
  year: number;
  /** Organs counted (the chosen one and its subtree, as far as the person may see). */
  organCount: number;
  report: AnnualReport | null;
};

/**
 * The organ a statistics page is about (the one asked for when the person may see it, else their
 * first) and the ids of it and everything below it that the person may see.
 * @param organQuery the `organ` query parameter, as typed
 */
export function statisticsScope<T extends { id: number }>(
  registry: OrganRegistry,
  visibleOrgans: readonly T[],
  organQuery: string | undefined,
): { chosen: T | undefined; ids: number[] } {
  const chosen = visibleOrgans.find((o) => String(o.id) === organQuery) ?? visibleOrgans[0];
  if (!chosen) {
    return { chosen, ids: [] };
  }
  const visible = new Set(visibleOrgans.map((o) => o.id));
  const ids = registry.organs
    .filter((o) => visible.has(o.id) && isWithin(registry.tree, o.id, chosen.id))
    .map((o) => o.id);
  return { chosen, ids };
}

/**
 * @param query organ id and year from the GET form (defaults: the first visible organ, the year of
 *   defaultStatisticsYear — last year only in January)
 */
export async function caseStatistics(
  deps: CaseDeps,
  actor: Actor | null,
  query: { organ?: string; year?: string },
): Promise<CaseStatistics> {
  const registry = await loadOrganRegistry(deps.db);
  const organs = visibleCaseOrgans(registry, actor);
  const today = deps.clock.today();
  const thisYear = Number(today.slice(0, 4));
  const year =
    /^\d{4}$/.test(query.year ?? '') && Number(query.year) >= 2008 && Number(query.year) <= thisYear
      ? Number(query.year)
      : defaultStatisticsYear(localDate(today));
  const { chosen, ids } = statisticsScope(registry, organs, query.organ);
  if (!chosen) {
    return { organs, organId: null, year, organCount: 0, report: null };
  }
  const report = await statisticsReportOf(deps.db, ids, chosen.name, year);
  return { organs, organId: chosen.id, year, organCount: ids.length, report };
}

/**
 * Tables 三 and 四 of `organIds` for `year` as a report in the annual-report contract (2021 format,
 * other parts empty) — for the staff page and the open data API alike.
 * @example (await statisticsReportOf(db, [1, 2], '博山区人民政府', 2025)).applications?.total
 */
export async function statisticsReportOf(
  db: Queryable,
  organIds: readonly number[],
  organName: string,
  year: number,
): Promise<AnnualReport> {
  const [applications, reviews] = await Promise.all([
    countApplications(db, organIds, year),
    countReviews(db, organIds, year),
  ]);
  return {
    schema: SCHEMA_ID,
    format: '2021',
    organ: organName,
    year,
    sections: {
      overview: null,
      proactive: null,
      applications: null,
      reviewLitigation: null,
      problems: null,
      other: null,
    },
    proactive: null,
    applications: applicationsFromCounts(applications),
    reviewLitigation: reviewLitigationFromCounts(reviews),
  };
}
