/**
 * The open data API's annual reports and statistics: an organ's published report of a year (the
 * `gongkai.annual-report.v1` contract), and tables 三/四 counted from the cases of an organ and its
 * subtree — for finished years only, so the public never watches a year's counts move case by case.
 */
import type { Db } from '../../db/db.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { subtreeIds } from '../../domain/organs/tree.ts';
import { statisticsReportOf } from '../cases/case-statistics.ts';
import type { Clock } from '../clock.ts';
import { NOT_FOUND, refused, type Result } from '../failures.ts';
import type { DirectorySnapshot } from '../portal/directory.ts';
import { loadAnnualReport } from '../portal/load-annual-report.ts';

/** The first year the 2019 条例's statistics can be asked for (cases before it are not on the platform anyway). */
export const FIRST_STATISTICS_YEAR = 2008;

/**
 * Tables 三/四 of the organ with `slug` and everything below it, for `year`.
 * @returns `not_found` for an unknown organ; `refused` for the current or a future year (not finished)
 * @example await openStatistics({ db, clock }, snapshot, 'boshan', 2025)
 */
export async function openStatistics(
  deps: { db: Db; clock: Clock },
  snapshot: DirectorySnapshot,
  slug: string,
  year: number,
): Promise<Result<{ report: AnnualReport; organCount: number }, 'not_found' | 'refused'>> {
  const organ = snapshot.bySlug.get(slug);
  if (organ === undefined) {
    return NOT_FOUND;
  }
  const thisYear = Number(deps.clock.today().slice(0, 4));
  if (year >= thisYear || year < FIRST_STATISTICS_YEAR) {
    return refused(
      `只提供已结束年度的统计（${FIRST_STATISTICS_YEAR}—${thisYear - 1} 年）；${year} 年${year >= thisYear ? '尚未结束' : '不在范围内'}。`,
    );
  }
  const ids = [...subtreeIds(snapshot.organs, organ.id)];
  return {
    ok: true,
    report: await statisticsReportOf(deps.db, ids, organ.name, year),
    organCount: ids.length,
  };
}

/**
 * The published annual report of the organ with `slug` for `year`.
 * @example await openAnnualReport({ db }, snapshot, 'boshan', 2024)
 */
export async function openAnnualReport(
  deps: { db: Db },
  snapshot: DirectorySnapshot,
  slug: string,
  year: number,
): Promise<Result<{ report: AnnualReport; publishedOn: string | null }, 'not_found'>> {
  const organ = snapshot.bySlug.get(slug);
  const stored = organ === undefined ? null : await loadAnnualReport(deps, organ.id, year);
  return stored === null ? NOT_FOUND : { ok: true, report: stored.report, publishedOn: stored.publishedOn };
}
