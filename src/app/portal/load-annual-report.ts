/** Reading one organ's published annual report for the portal (page and downloads). */
import type { Db } from '../../db/db.ts';
import { findAnnualReport, type StoredAnnualReport } from '../../db/queries/annual-reports.ts';
import {
  findReportFileOfVersion,
  listReportVersions,
  type ReportVersion,
} from '../../db/queries/publishing/item-reports.ts';

/** A report with the versions of the item that published it (none for reports loaded as data). */
export type PortalAnnualReport = StoredAnnualReport & { versions: ReportVersion[] };

/**
 * The organ's report for the year, or null.
 * @example await loadAnnualReport(deps, organ.id, 2024)
 */
export async function loadAnnualReport(
  deps: { db: Db },
  organId: number,
  year: number,
): Promise<PortalAnnualReport | null> {
  const stored = await findAnnualReport(deps.db, organId, year);
  if (stored === null) {
    return null;
  }
  return {
    ...stored,
    versions: stored.itemId === null ? [] : await listReportVersions(deps.db, stored.itemId),
  };
}

/**
 * The report file that version `number` of the organ's published report of `year` carried (a
 * correction is a new version; every version's file stays downloadable), or null.
 */
export async function loadReportVersionFile(
  deps: { db: Db },
  organId: number,
  year: number,
  number: number,
): Promise<{ name: string; mediaType: string; bytes: Uint8Array } | null> {
  const stored = await findAnnualReport(deps.db, organId, year);
  return stored === null || stored.itemId === null
    ? null
    : findReportFileOfVersion(deps.db, stored.itemId, number);
}
