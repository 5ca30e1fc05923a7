/**
 * Keeps an annual report's search rows in step with it (decision 034), inside the transaction that
 * stores, publishes or withdraws it. One report is one source of kind `report`, whether it was
 * loaded as data or published as a 年度报告 item (then the item is not indexed as an item: its
 * 名称, 文号, 索引号 and 概述 are the report's record row), and a hit links to the report page.
 */
import type { Queryable } from '../../db/db.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { removeOrphanReportRows } from '../../db/queries/search/search-rows.ts';
import {
  findReportSource,
  reportIdOf,
  reportIdsOfItem,
  type ReportSourceRow,
} from '../../db/queries/search/search-sources.ts';
import { markdownSearchText } from '../../domain/search/report-text.ts';
import { searchDocuments } from '../../domain/search/search-document.ts';
import { renderReportMarkdown } from '../../render/markdown.ts';
import { reportTitle } from '../../render/labels.ts';
import { SQL_SEARCH_INDEX, type SearchIndex } from './search-index.ts';

/** 体裁 of a report loaded as data (a published item's own 体裁 is used otherwise). */
const REPORT_GENRE = '报告';

function documentsOf(source: ReportSourceRow) {
  const item = source.item;
  return searchDocuments({
    title: item?.title || reportTitle({ organ: source.report.organ, year: source.year }),
    docNumber: item?.docNumber ?? '',
    indexNumber: item?.indexNumber ?? '',
    summary: item?.summary ?? '',
    keywords: item?.keywords ?? '',
    bodyText: markdownSearchText(renderReportMarkdown(source.report)),
    files: [],
  });
}

/** Indexes the annual report `reportId` as it now is, or removes its rows when it is gone. */
export async function indexReport(
  tx: Queryable,
  reportId: number,
  index: SearchIndex = SQL_SEARCH_INDEX,
): Promise<void> {
  const source = await findReportSource(tx, reportId);
  if (source === null || (source.item !== null && source.item.status !== 'published')) {
    await index.remove(tx, { kind: 'report', id: reportId });
    return;
  }
  const item = source.item;
  await index.replace(tx, { kind: 'report', id: reportId }, documentsOf(source), {
    organId: source.organId,
    kind: 'annualReport',
    genre: item?.genre ?? REPORT_GENRE,
    topic: item?.topic ?? '',
    validity: item?.validity ?? null,
    columnIds: [],
    publishedAt: source.publishedAt,
    writtenOn: item?.writtenOn ?? null,
  });
}

/**
 * After a 年度报告 item was published, revised or withdrawn: rows of the organ's reports that are
 * gone (withdrawn, or moved to another year by a revision) are removed and the item's report is
 * indexed again.
 */
export async function indexReportsOfItem(
  tx: Queryable,
  row: Pick<ItemRow, 'id' | 'organId'>,
  index: SearchIndex = SQL_SEARCH_INDEX,
): Promise<void> {
  await removeOrphanReportRows(tx, row.organId);
  for (const id of await reportIdsOfItem(tx, row.id)) {
    await indexReport(tx, id, index);
  }
}

/** Indexes an organ's report of a year (after a loader stored it). */
export async function indexReportOfYear(tx: Queryable, organId: number, year: number): Promise<void> {
  const id = await reportIdOf(tx, organId, year);
  if (id !== null) {
    await indexReport(tx, id);
  }
}
