/**
 * SQL for the supervisor's download of a year's published annual reports (issue 12): the
 * published rows of the organs asked for, and the DOCX/PDF files of their 年度报告 items.
 */
import type { AnnualReport } from '../../domain/report/model.ts';
import type { Queryable } from '../db.ts';

/** A published report of one organ. */
export type PublishedReportRow = {
  organId: number;
  publishedOn: string | null;
  itemId: number | null;
  report: AnnualReport;
};

/** The published reports of `year` of the organs (annual_reports rows). */
export function listPublishedReportsOf(
  db: Queryable,
  organIds: readonly number[],
  year: number,
): Promise<PublishedReportRow[]> {
  return db.query<PublishedReportRow>(
    `SELECT organ_id AS "organId", to_char(published_on, 'YYYY-MM-DD') AS "publishedOn",
       item_id::int AS "itemId", data AS report
     FROM annual_reports WHERE organ_id = ANY($1::int[]) AND year = $2 ORDER BY organ_id`,
    [organIds, year],
  );
}

/** A stored file of a report item. */
export type ReportFileRow = { itemId: number; name: string; mediaType: string; bytes: Uint8Array };

/** The DOCX and PDF files of the items (their attachments in order; removed files left out). */
export function listReportFilesOf(db: Queryable, itemIds: readonly number[]): Promise<ReportFileRow[]> {
  return db.query<ReportFileRow>(
    `SELECT item_id::int AS "itemId", name, media_type AS "mediaType", bytes FROM item_files
     WHERE item_id = ANY($1::bigint[]) AND NOT removed
       AND media_type IN ('application/pdf',
         'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
     ORDER BY item_id, position`,
    [itemIds],
  );
}
