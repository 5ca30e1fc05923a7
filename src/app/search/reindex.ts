/**
 * `gongkai search reindex`: rebuilds the search rows of every published item from the items
 * themselves, a batch of items per transaction (each item's rows replaced, so searches keep working
 * during the rebuild), then removes rows whose item is no longer published.
 */
import type { Db } from '../../db/db.ts';
import { publishedItemIdsAfter, removeUnpublishedRows } from '../../db/queries/search/search-rows.ts';
import { indexItem } from './index-item.ts';
import { SQL_SEARCH_INDEX, type SearchIndex } from './search-index.ts';

const BATCH = 200;

/** Rebuilds the index; returns how many items were indexed. */
export async function reindexAll(
  db: Db,
  onProgress: (done: number) => void = () => {},
  index: SearchIndex = SQL_SEARCH_INDEX,
): Promise<number> {
  let done = 0;
  let after = 0;
  for (;;) {
    const ids = await publishedItemIdsAfter(db, after, BATCH);
    if (ids.length === 0) {
      await db.transaction((tx) => removeUnpublishedRows(tx));
      return done;
    }
    await db.transaction(async (tx) => {
      for (const id of ids) {
        await indexItem(tx, id, index);
      }
    });
    done += ids.length;
    after = ids[ids.length - 1]!;
    onProgress(done);
  }
}
