/**
 * Before the probe (decision 041): the rarest bigram's posting-list size is looked up in the planner's
 * statistics of the bigram index (pg_stats.most_common_elems of `search_documents_grams`, kept by
 * ANALYZE / autovacuum): a bigram listed there has its frequency, one not listed is at most as
 * frequent as the least frequent listed one.
 * The probe before a search (decision 033): how many of the newest DENSE_PROBE_ROWS rows (after the
 * filters that are not facets, and after the cursor when paging by date) hold the phrase. It walks
 * 发布日期 newest first and checks each row, so it costs the same for every query; many matches →
 * the search walks too, few → it gathers the matches through the GIN index.
 */
import { DENSE_PROBE_ROWS, type SearchRequest } from '../../../domain/search/search-types.ts';
import type { Queryable } from '../../db.ts';
import { rowFilterSql, walkMatchSql } from './search-filters.ts';

const PARAMS = { column: 2, pubFrom: 3, pubTo: 4, wFrom: 5, wTo: 6, kind: 9 };

/**
 * At most how many rows hold the query's rarest bigram, by the statistics; null when there are none
 * (never analysed, PGlite before `ANALYZE`) or the query is one code point (a prefix term).
 */
export async function rarestGramRows(db: Queryable, bigrams: readonly string[]): Promise<number | null> {
  if (bigrams.length === 0) {
    return null;
  }
  const [row] = await db.query<{ rows: number | null }>(
    `SELECT (SELECT c.reltuples FROM pg_class c WHERE c.oid = 'search_documents'::regclass)::float8
       * min(COALESCE(s.most_common_elem_freqs[array_position(s.most_common_elems::text::text[], g)],
           s.most_common_elem_freqs[array_length(s.most_common_elem_freqs, 1) - 2])) AS rows
     FROM pg_stats s, unnest($1::text[]) g
     WHERE s.schemaname = current_schema() AND s.tablename = 'search_documents_grams'
       AND s.most_common_elems IS NOT NULL`,
    [bigrams],
  );
  return row?.rows ?? null;
}

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
