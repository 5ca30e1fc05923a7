/**
 * `gongkai search reindex`: rebuilds the search rows of every published item, annual report and
 * public reply from the sources themselves (decision 034), a batch per transaction (each source's
 * rows replaced, so searches keep working during the rebuild), then removes rows whose source is
 * no longer public, and analyses the table: the bigram index's statistics steer rare queries past
 * the probe (decision 041; PGlite has no autovacuum to gather them).
 */
import type { Db, Queryable } from '../../db/db.ts';
import {
  annualReportIdsAfter,
  publicReplyIdsAfter,
  publishedItemIdsAfter,
  removeUnpublishedRows,
} from '../../db/queries/search/search-rows.ts';
import { indexItem } from './index-item.ts';
import { indexReply } from './index-reply.ts';
import { indexReport } from './index-report.ts';
import { SQL_SEARCH_INDEX, type SearchIndex } from './search-index.ts';

const BATCH = 200;

type Kind = {
  idsAfter: (db: Queryable, after: number, limit: number) => Promise<number[]>;
  index: (tx: Queryable, id: number, index: SearchIndex) => Promise<void>;
};

const KINDS: readonly Kind[] = [
  { idsAfter: publishedItemIdsAfter, index: indexItem },
  { idsAfter: annualReportIdsAfter, index: indexReport },
  { idsAfter: publicReplyIdsAfter, index: indexReply },
];

/** Rebuilds the index; returns how many sources (items, reports, replies) were indexed. */
export async function reindexAll(
  db: Db,
  onProgress: (done: number) => void = () => {},
  index: SearchIndex = SQL_SEARCH_INDEX,
): Promise<number> {
  let done = 0;
  for (const kind of KINDS) {
    let after = 0;
    for (;;) {
      const ids = await kind.idsAfter(db, after, BATCH);
      if (ids.length === 0) {
        break;
      }
      await db.transaction(async (tx) => {
        for (const id of ids) {
          await kind.index(tx, id, index);
        }
      });
      done += ids.length;
      after = ids[ids.length - 1]!;
      onProgress(done);
    }
  }
  await db.transaction((tx) => removeUnpublishedRows(tx));
  await db.query('ANALYZE search_documents');
  return done;
}
