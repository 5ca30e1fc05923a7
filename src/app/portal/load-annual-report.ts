/** Reading one organ's published annual report for the portal (page and downloads). */
import type { Db } from '../../db/db.ts';
import { findAnnualReport, type StoredAnnualReport } from '../../db/queries/annual-reports.ts';

/**
 * The organ's report for the year, or null.
 * @example await loadAnnualReport(deps, organ.id, 2024)
 */
export function loadAnnualReport(
  deps: { db: Db },
  organId: number,
  year: number,
): Promise<StoredAnnualReport | null> {
  return findAnnualReport(deps.db, organId, year);
}
