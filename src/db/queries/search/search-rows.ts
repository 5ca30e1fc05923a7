/**
 * Writing the search index: a source's rows (item, annual report or public reply; decision 034)
 * replaced or removed inside the caller's transaction.
 */
import type { SearchMeta } from '../../../domain/search/search-types.ts';
import type { SearchDocument } from '../../../domain/search/search-document.ts';
import { searchKeyOf, type SearchSource } from '../../../domain/search/search-source.ts';
import type { Queryable } from '../../db.ts';

/** Rows per INSERT statement (7 parameters each, far below PostgreSQL's 65,535). */
const BATCH = 200;

/** Deletes the source's rows and inserts `documents`. */
export async function replaceSearchRows(
  tx: Queryable,
  source: SearchSource,
  documents: readonly SearchDocument[],
  meta: SearchMeta,
): Promise<void> {
  await removeSearchRows(tx, source);
  for (let start = 0; start < documents.length; start += BATCH) {
    const batch = documents.slice(start, start + BATCH);
    const params: unknown[] = [
      searchKeyOf(source),
      meta.organId,
      meta.kind,
      meta.genre,
      meta.topic,
      meta.validity,
      meta.columnIds,
      meta.publishedAt,
      meta.writtenOn,
      source.kind,
    ];
    const values = batch.map((doc) => {
      const at = params.length;
      params.push(doc.chunk, doc.part, doc.fileId, doc.fileName, doc.partChunk, doc.text, doc.folded);
      const p = (k: number) => `$${at + k}`;
      return `($10, $1, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)},
        $2, $3, $4, $5, $6, $7::int[], $8::timestamptz, ($8::timestamptz AT TIME ZONE 'Asia/Shanghai')::date, $9::date)`;
    });
    await tx.query(
      `INSERT INTO search_documents (source_kind, source_id, chunk, part, file_id, file_name, part_chunk, content,
         folded, organ_id, kind, genre, topic, validity, column_ids, published_at, published_on, written_on)
       VALUES ${values.join(', ')}`,
      params,
    );
  }
}

/** Deletes the source's rows. */
export async function removeSearchRows(tx: Queryable, source: SearchSource): Promise<void> {
  await tx.query(`DELETE FROM search_documents WHERE source_kind = $1 AND source_id = $2`, [
    source.kind,
    searchKeyOf(source),
  ]);
}

/**
 * Deletes the rows of sources that are no longer public: items not published, annual reports
 * taken off (their row deleted) or published as 年度报告 items that are no longer published, and
 * withdrawn replies (keys: src/domain/search/search-source.ts).
 */
export async function removeUnpublishedRows(tx: Queryable): Promise<void> {
  await tx.query(
    `DELETE FROM search_documents d WHERE d.source_kind = 'item'
       AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = d.source_id AND i.status = 'published'
         AND i.kind <> 'annualReport')`,
  );
  await removeOrphanReportRows(tx);
  await tx.query(
    `DELETE FROM search_documents d WHERE d.source_kind = 'reply'
       AND NOT EXISTS (SELECT 1 FROM public_replies r WHERE r.id = (-d.source_id - 1) / 2 AND r.withdrawn_at IS NULL)`,
  );
}

/** Deletes the rows of annual reports that are gone from annual_reports (withdrawn, moved to another year). */
export async function removeOrphanReportRows(tx: Queryable, organId: number | null = null): Promise<void> {
  await tx.query(
    `DELETE FROM search_documents d WHERE d.source_kind = 'report' AND ($1::int IS NULL OR d.organ_id = $1::int)
       AND NOT EXISTS (SELECT 1 FROM annual_reports r WHERE r.id = -d.source_id / 2)`,
    [organId],
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

/** Ids of annual reports (every stored row is on the portal) after `afterId`, in id order. */
export async function annualReportIdsAfter(db: Queryable, afterId: number, limit: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `SELECT id::int AS id FROM annual_reports WHERE id > $1 ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map((r) => r.id);
}

/** Ids of public (not withdrawn) replies after `afterId`, in id order. */
export async function publicReplyIdsAfter(db: Queryable, afterId: number, limit: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `SELECT id::int AS id FROM public_replies WHERE withdrawn_at IS NULL AND id > $1 ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map((r) => r.id);
}
