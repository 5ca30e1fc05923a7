/**
 * The staff item search's write hook (decision 036, amended in 042): the rows of items just written
 * are rebuilt in the writer's transaction, so a saved draft, a status change or a withdrawal is
 * found (or its old text no longer is) the moment it commits, and a search only reads. Called
 * through app/publishing/item-writes.ts by every use case that writes an item.
 */
import type { Queryable } from '../../db/db.ts';
import { listItemSearchSources, replaceItemSearchRows } from '../../db/queries/publishing/item-search.ts';
import { itemSearchTsvectors } from '../../domain/search/staff-documents.ts';

/** Items read and rebuilt at once (an import writes thousands in one transaction). */
const ITEM_INDEX_PAGE = 200;

/**
 * Rebuilds the staff search rows of `itemIds` from the items as they are in `tx`.
 * @example await indexStaffItems(tx, [itemId])
 */
export async function indexStaffItems(tx: Queryable, itemIds: readonly number[]): Promise<void> {
  for (let start = 0; start < itemIds.length; start += ITEM_INDEX_PAGE) {
    const items = await listItemSearchSources(tx, itemIds.slice(start, start + ITEM_INDEX_PAGE));
    await replaceItemSearchRows(
      tx,
      items.map((item) => ({ id: item.id, version: item.version, tokens: itemSearchTsvectors(item) })),
    );
  }
}
