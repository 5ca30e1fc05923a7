/**
 * The staff item search's backfill (decisions 036, 042): items whose rows are missing or were built
 * from another version — written before the index existed, or changed outside the use cases — are
 * rebuilt, a page per transaction under one lock. Item writes index themselves
 * (index-staff-items.ts); an item a writer holds right now is skipped, its writer indexes it.
 */
import type { Db } from '../../db/db.ts';
import {
  listStaleItems,
  lockItemSearch,
  replaceItemSearchRows,
} from '../../db/queries/publishing/item-search.ts';
import { itemSearchTsvectors } from '../../domain/search/staff-documents.ts';

/** Items rebuilt per transaction. */
export const ITEM_BACKFILL_PAGE = 200;

/**
 * Rebuilds the stale items of an organ (null: of every organ).
 * @returns how many items were rebuilt
 */
export async function backfillItemSearch(
  db: Db,
  organId: number | null,
  onProgress: (done: number) => void = () => {},
  pageSize = ITEM_BACKFILL_PAGE,
): Promise<number> {
  let done = 0;
  for (;;) {
    const rebuilt = await db.transaction(async (tx) => {
      await lockItemSearch(tx);
      const stale = await listStaleItems(tx, organId, pageSize);
      await replaceItemSearchRows(
        tx,
        stale.map((item) => ({ id: item.id, version: item.version, tokens: itemSearchTsvectors(item) })),
      );
      return stale.length;
    });
    done += rebuilt;
    if (rebuilt < pageSize) {
      return done;
    }
    onProgress(done);
  }
}
