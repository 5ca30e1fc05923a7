/**
 * Brings the staff item search (decision 036) up to date before a search: items whose version
 * differs from the one their rows were built from — any write since (save, 审核, 签发, 修订, 撤回,
 * masking, import) bumps it — are rebuilt, a page per transaction under one lock. So the staff
 * search sees every write without each write path indexing, and a search after a quiet period
 * pays only for the probe.
 */
import type { Db } from '../../db/db.ts';
import {
  listStaleItems,
  lockItemSearch,
  replaceItemSearchRows,
} from '../../db/queries/publishing/item-search.ts';
import { itemSearchTsvectors } from '../../domain/search/staff-documents.ts';

/** Items rebuilt per transaction. */
export const ITEM_REFRESH_PAGE = 200;

/**
 * Rebuilds the stale items of an organ (null: of every organ).
 * @returns how many items were rebuilt
 */
export async function refreshItemSearch(
  db: Db,
  organId: number | null,
  onProgress: (done: number) => void = () => {},
  pageSize = ITEM_REFRESH_PAGE,
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
