/**
 * A 年度报告 item's report on the portal (decision 029): publishing the item writes its report data
 * to annual_reports (the 公开年报 column and report pages) with the item's id, in the publishing
 * transaction; withdrawing it takes the report off. One published report per organ and year.
 */
import type { Queryable } from '../../db/db.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import {
  findItemReport,
  publishItemReport,
  reportOfYearTaken,
  type ItemReportRow,
} from '../../db/queries/publishing/item-reports.ts';

/** Thrown inside the transaction when the report cannot go out: everything in it rolls back. */
export class ReportNotPublishable extends Error {}

/**
 * Writes the item's report to annual_reports.
 * @param publishedOn the 发布日期 (the item's first publication, kept by revisions)
 * @throws ReportNotPublishable when the item has no report or another item published its year
 */
export async function publishReportOf(
  tx: Queryable,
  row: ItemRow,
  publishedOn: string,
  at: Date,
): Promise<ItemReportRow> {
  const report = await findItemReport(tx, row.id);
  if (report === null) {
    throw new ReportNotPublishable('年度报告尚未上传，不能发布');
  }
  const taken = await reportOfYearTaken(tx, row.organId, report.year, row.id);
  const written =
    taken === null &&
    (await publishItemReport(tx, {
      organId: row.organId,
      itemId: row.id,
      year: report.year,
      report: report.report,
      publishedOn,
      at,
    }));
  if (!written) {
    throw new ReportNotPublishable(
      `${report.year}年度的年度报告已发布${taken === null ? '' : `（索引号 ${taken.indexNumber}）`}，更正请对已发布的报告进行修订`,
    );
  }
  return report;
}
