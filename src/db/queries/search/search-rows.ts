/** Writing the search index: a source's rows replaced or removed inside the caller's transaction. */
import type { SearchMeta } from '../../../domain/search/search-types.ts';
import type { SearchDocument } from '../../../domain/search/search-document.ts';
import type { Queryable } from '../../db.ts';

/** Rows per INSERT statement (7 parameters each, far below PostgreSQL's 65,535). */
const BATCH = 200;

/** Deletes the item's rows and inserts `documents`. */
export async function replaceSearchRows(
  tx: Queryable,
  sourceId: number,
  documents: readonly SearchDocument[],
  meta: SearchMeta,
): Promise<void> {
  await removeSearchRows(tx, sourceId);
  for (let start = 0; start < documents.length; start += BATCH) {
    const batch = documents.slice(start, start + BATCH);
    const params: unknown[] = [
      sourceId,
      meta.organId,
      meta.kind,
      meta.genre,
      meta.topic,
      meta.validity,
      meta.columnIds,
      meta.publishedAt,
      meta.writtenOn,
    ];
    const values = batch.map((doc) => {
      const at = params.length;
      params.push(doc.chunk, doc.part, doc.fileId, doc.fileName, doc.partChunk, doc.text, doc.tsvector);
      const p = (k: number) => `$${at + k}`;
      return `('item', $1, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::tsvector,
        $2, $3, $4, $5, $6, $7::int[], $8::timestamptz, ($8::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, $9::date)`;
    });
    await tx.query(
      `INSERT INTO search_documents (source_kind, source_id, chunk, part, file_id, file_name, part_chunk, content,
         tokens, organ_id, kind, genre, topic, validity, column_ids, published_at, published_on, written_on)
       VALUES ${values.join(', ')}`,
      params,
    );
  }
}

/** Deletes the item's rows. */
export async function removeSearchRows(tx: Queryable, sourceId: number): Promise<void> {
  await tx.query(`DELETE FROM search_documents WHERE source_kind = 'item' AND source_id = $1`, [sourceId]);
}

/** Deletes the rows of items that are not (or no longer) published. */
export async function removeUnpublishedRows(tx: Queryable): Promise<void> {
  await tx.query(
    `DELETE FROM search_documents d WHERE d.source_kind = 'item'
       AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = d.source_id AND i.status = 'published')`,
  );
}

/** Ids of published items after `afterId`, in id order (reindex pages). */
export async function publishedItemIdsAfter(
  db: Queryable,
  afterId: number,
  limit: number,
): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `SELECT id::int AS id FROM items WHERE status = 'published' AND id > $1 ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map((r) => r.id);
}
