/**
 * SQL for the district roll-up (issue 12, decision 038): the published reports of a set of organs
 * for a year in one statement (the roll-up used to read them organ by organ), and whether an item
 * other than the one being saved already carries a report of an organ's year.
 */
import type { AnnualReport } from '../../domain/report/model.ts';
import { queryOne, type Queryable } from '../db.ts';

/** A published report of one of the organs: its data, 发布日期 and the item that published it. */
export type OrganReportRow = {
  organId: number;
  report: AnnualReport;
  publishedOn: string | null;
  /** null: loaded or imported before reports were items (decision 029) — an imported report. */
  itemId: number | null;
};

/** The stored reports of `year` of the organs (one statement). */
export function listReportsOfOrgans(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<OrganReportRow[]> {
  return db.query<OrganReportRow>(
    `SELECT organ_id::int AS "organId", data AS report, to_char(published_on, 'YYYY-MM-DD') AS "publishedOn",
       item_id::int AS "itemId"
     FROM annual_reports WHERE organ_id = ANY($1::int[]) AND year = $2`,
    [organIds, year],
  );
}

/** Another 年度报告 item of the organ's year that is not withdrawn (the newest), or null. */
export function otherReportItem(
  db: Queryable,
  organId: number,
  year: number,
  itemId: number | null,
): Promise<{ itemId: number; status: string; indexNumber: string | null } | null> {
  return queryOne<{ itemId: number; status: string; indexNumber: string | null }>(
    db,
    `SELECT i.id::int AS "itemId", i.status, i.index_number AS "indexNumber"
     FROM item_reports r JOIN items i ON i.id = r.item_id
     WHERE i.organ_id = $1 AND r.year = $2 AND i.status <> 'withdrawn' AND i.id <> coalesce($3::bigint, 0)
     ORDER BY i.updated_at DESC, i.id DESC LIMIT 1`,
    [organId, year, itemId],
  );
}
