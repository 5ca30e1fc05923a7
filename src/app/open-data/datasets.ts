/**
 * The bulk datasets of the open data API, read a page at a time in key order (no query reads more
 * than one page; memory holds one page): every published annual report of every organ, and the
 * metadata of every published item; and the keys of the pages the sitemap lists (items, replies).
 */
import type { Queryable } from '../../db/db.ts';
import { listReportsAfter, type DatasetReport } from '../../db/queries/annual-report-dataset.ts';
import {
  listOpenItemsById,
  listPublishedItemKeys,
  type OpenItemLine,
} from '../../db/queries/publishing/open-items.ts';
import { listPublicReplyKeys } from '../../db/queries/public-replies.ts';

/** Rows read per query. */
export const DATASET_PAGE = 500;

/**
 * Every stored annual report, by organ and year.
 * @example for await (const r of eachAnnualReport(db)) rows.push(r.year)
 */
export async function* eachAnnualReport(
  db: Queryable,
  pageSize = DATASET_PAGE,
): AsyncGenerator<DatasetReport> {
  let after = { organId: 0, year: 0 };
  for (;;) {
    const page = await listReportsAfter(db, after.organId, after.year, pageSize);
    yield* page;
    const last = page.at(-1);
    if (last === undefined || page.length < pageSize) {
      return;
    }
    after = { organId: last.organId, year: last.year };
  }
}

/**
 * Every published item's metadata, by id.
 * @example for await (const item of eachPublishedItem(db)) ids.push(item.id)
 */
export async function* eachPublishedItem(
  db: Queryable,
  pageSize = DATASET_PAGE,
): AsyncGenerator<OpenItemLine> {
  let afterId = 0;
  for (;;) {
    const page = await listOpenItemsById(db, afterId, pageSize);
    yield* page;
    const last = page.at(-1);
    if (last === undefined || page.length < pageSize) {
      return;
    }
    afterId = last.id;
  }
}

/**
 * Every published item's id, organ and last change, by id (the sitemap lists each item page).
 * @example (await publishedItemKeys(db)).length
 */
export function publishedItemKeys(
  db: Queryable,
): Promise<{ id: number; organId: number; updatedAt: Date }[]> {
  return listPublishedItemKeys(db);
}

/**
 * Every public reply's id and organ, by id (the sitemap lists each reply page; a withdrawn one is not).
 * @example (await publicReplyKeys(db)).length
 */
export function publicReplyKeys(db: Queryable): Promise<{ id: number; organId: number }[]> {
  return listPublicReplyKeys(db);
}
