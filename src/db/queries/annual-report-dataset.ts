/**
 * Every organ's published annual reports, a page at a time by (organ_id, year) — the primary key —
 * for the bulk datasets of the open data API (one CSV row / one JSON line per report).
 */
import type { AnnualReport } from '../../domain/report/model.ts';
import type { Queryable } from '../db.ts';

/** One stored report with its organ. */
export type DatasetReport = {
  organId: number;
  year: number;
  publishedOn: string | null;
  report: AnnualReport;
};

/**
 * Up to `limit` reports after (`afterOrganId`, `afterYear`), in key order.
 * @example await listReportsAfter(db, 0, 0, 200)
 */
export function listReportsAfter(
  db: Queryable,
  afterOrganId: number,
  afterYear: number,
  limit: number,
): Promise<DatasetReport[]> {
  return db.query<DatasetReport>(
    `SELECT organ_id AS "organId", year, to_char(published_on, 'YYYY-MM-DD') AS "publishedOn", data AS report
     FROM annual_reports WHERE (organ_id, year) > ($1, $2) ORDER BY organ_id, year LIMIT $3`,
    [afterOrganId, afterYear, limit],
  );
}
