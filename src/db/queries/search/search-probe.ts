/**
 * The probe before a search (decision 033): how many of the newest DENSE_PROBE_ROWS rows (after the
 * filters that are not facets, and after the cursor when paging by date) hold the phrase. It walks
 * 发布日期 newest first and checks each row, so it costs the same for every query; many matches →
 * the search walks too, few → it gathers the matches through the GIN index.
 */
import { DENSE_PROBE_ROWS, type SearchRequest } from '../../../domain/search/search-types.ts';
import type { Queryable } from '../../db.ts';
import { rowFilterSql, walkMatchSql } from './search-filters.ts';

const PARAMS = { column: 2, pubFrom: 3, pubTo: 4, wFrom: 5, wTo: 6, kind: 9 };

/** Matches among the newest DENSE_PROBE_ROWS rows. */
export async function denseProbe(db: Queryable, request: SearchRequest): Promise<number> {
  const { filters } = request;
  const after = request.sort === 'date' ? request.after : null;
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT d.folded FROM search_documents d
       WHERE ${rowFilterSql('d', PARAMS)}
         AND ($7::timestamptz IS NULL OR (d.published_at, d.source_id) < ($7::timestamptz, $8::bigint))
       ORDER BY d.published_at DESC, d.source_id DESC LIMIT ${DENSE_PROBE_ROWS}) d
     WHERE ${walkMatchSql('d', 1)}`,
    [
      request.query.text,
      filters.columnId,
      filters.publishedFrom,
      filters.publishedTo,
      filters.writtenFrom,
      filters.writtenTo,
      after?.publishedAt ?? null,
      after?.sourceId ?? null,
      filters.sourceKind,
    ],
  );
  return row!.n;
}
