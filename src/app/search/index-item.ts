/**
 * Keeps an item's search rows in step with it, inside the transaction that changed it: a
 * published item is (re)indexed with its attachments' text and its filter fields; any other status
 * (withdrawn above all) has no rows. Idempotent: running it twice gives the same rows.
 */
import type { Queryable } from '../../db/db.ts';
import { listItemFiles } from '../../db/queries/publishing/item-files.ts';
import { itemColumnIds } from '../../db/queries/publishing/item-links.ts';
import type { ItemRow } from '../../db/queries/publishing/item-rows.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { searchDocuments } from '../../domain/search/search-document.ts';
import { indexReportsOfItem } from './index-report.ts';
import { SQL_SEARCH_INDEX, type SearchIndex } from './search-index.ts';

/**
 * Indexes `row` as it now is (a published row with its files and columns), or removes it. A
 * 年度报告 item is indexed as its annual report (one hit per report, linking to the report page;
 * decision 034), never as an item too.
 */
export async function indexItemRow(
  tx: Queryable,
  row: ItemRow,
  index: SearchIndex = SQL_SEARCH_INDEX,
): Promise<void> {
  const source = { kind: 'item' as const, id: row.id };
  if (row.kind === 'annualReport') {
    await index.remove(tx, source);
    await indexReportsOfItem(tx, row, index);
    return;
  }
  if (row.status !== 'published' || row.publishedAt === null) {
    await index.remove(tx, source);
    return;
  }
  const files = await listItemFiles(tx, row.id);
  const documents = searchDocuments({
    title: row.title,
    docNumber: row.docNumber,
    indexNumber: row.indexNumber ?? '',
    summary: row.summary,
    keywords: row.keywords,
    bodyText: row.bodyText,
    files: files.map((f) => ({ id: f.id, name: f.name, text: f.text })),
  });
  await index.replace(tx, source, documents, {
    organId: row.organId,
    kind: row.kind,
    genre: row.genre,
    topic: row.topic,
    validity: row.validity,
    columnIds: await itemColumnIds(tx, row.id),
    publishedAt: row.publishedAt,
    writtenOn: row.writtenOn,
  });
}

/** Re-reads the item and indexes it (or removes its rows). */
export async function indexItem(tx: Queryable, itemId: number, index?: SearchIndex): Promise<void> {
  const row = await findItem(tx, itemId);
  if (row === null) {
    return;
  }
  await indexItemRow(tx, row, index);
}
