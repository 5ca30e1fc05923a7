/**
 * Reading the search index: a page of hits (newest first, or by rank over the newest
 * RANK_CANDIDATES matching rows), the capped total and the facets. Every statement starts from the
 * GIN index on `tokens`; pages continue after a keyset cursor, never an offset.
 */
import {
  RANK_CANDIDATES,
  TOTAL_CAP,
  type FacetName,
  type FacetValue,
  type SearchHit,
  type SearchRequest,
  type SearchResults,
} from '../../../domain/search/search-types.ts';
import type { Queryable } from '../../db.ts';
import { FILTER_SQL, filterParams } from './search-filters.ts';

type HitRow = Omit<SearchHit, 'sourceKind'>;

const HIT_COLUMNS = `m.source_id::int AS "sourceId", m.published_at AS "publishedAt", m.rank,
  d.part, d.file_name AS "fileName", d.part_chunk AS "partChunk", d.content,
  i.title, i.doc_number AS "docNumber", COALESCE(i.index_number, '') AS "indexNumber", o.name AS "organName", o.slug AS "organSlug"`;

const HIT_JOINS = `JOIN search_documents d ON d.source_kind = 'item' AND d.source_id = m.source_id AND d.chunk = m.chunk
  JOIN items i ON i.id = m.source_id JOIN organs o ON o.id = i.organ_id`;

function byDate(request: SearchRequest): { sql: string; params: unknown[] } {
  const after = request.after;
  return {
    sql: `WITH m AS (
        SELECT d.source_id, d.published_at, min(d.chunk) AS chunk, NULL::real AS rank
        FROM search_documents d WHERE ${FILTER_SQL}
          AND ($11::timestamptz IS NULL OR (d.published_at, d.source_id) < ($11::timestamptz, $12::bigint))
        GROUP BY d.source_id, d.published_at)
      SELECT ${HIT_COLUMNS} FROM m ${HIT_JOINS}
      ORDER BY m.published_at DESC, m.source_id DESC LIMIT $13`,
    params: [
      ...filterParams(request.query.tsquery, request.filters, null),
      after?.publishedAt ?? null,
      after?.sourceId ?? null,
      request.limit + 1,
    ],
  };
}

function byRank(request: SearchRequest): { sql: string; params: unknown[] } {
  const after = request.after;
  return {
    sql: `WITH c AS (
        SELECT d.source_id, d.published_at, d.chunk, d.tokens FROM search_documents d WHERE ${FILTER_SQL}
        ORDER BY d.published_at DESC, d.source_id DESC LIMIT ${RANK_CANDIDATES}),
      m AS (
        SELECT source_id, published_at, min(chunk) AS chunk, max(ts_rank(tokens, $1::tsquery)) AS rank
        FROM c GROUP BY source_id, published_at)
      SELECT ${HIT_COLUMNS} FROM m ${HIT_JOINS}
      WHERE $11::real IS NULL OR (m.rank, m.published_at, m.source_id) < ($11::real, $12::timestamptz, $13::bigint)
      ORDER BY m.rank DESC, m.published_at DESC, m.source_id DESC LIMIT $14`,
    params: [
      ...filterParams(request.query.tsquery, request.filters, null),
      after?.rank ?? null,
      after?.publishedAt ?? null,
      after?.sourceId ?? null,
      request.limit + 1,
    ],
  };
}

async function countSources(db: Queryable, request: SearchRequest): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT DISTINCT d.source_id FROM search_documents d WHERE ${FILTER_SQL} LIMIT ${TOTAL_CAP + 1}) x`,
    filterParams(request.query.tsquery, request.filters, null),
  );
  return rows[0]?.n ?? 0;
}

const FACET_SQL: Record<FacetName, { value: string; label: string; join: string }> = {
  organ: { value: 'd.organ_id::text', label: 'o.name', join: 'JOIN organs o ON o.id = d.organ_id' },
  genre: { value: 'd.genre', label: 'd.genre', join: '' },
  topic: { value: 'd.topic', label: 'd.topic', join: '' },
  validity: { value: "COALESCE(d.validity, '')", label: "COALESCE(d.validity, '')", join: '' },
};

async function facet(db: Queryable, request: SearchRequest, name: FacetName): Promise<FacetValue[]> {
  const f = FACET_SQL[name];
  return db.query<FacetValue>(
    `SELECT ${f.value} AS value, ${f.label} AS label, count(DISTINCT d.source_id)::int AS count
     FROM search_documents d ${f.join} WHERE ${FILTER_SQL}
     GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 30`,
    filterParams(request.query.tsquery, request.filters, name),
  );
}

/** Runs a search. */
export async function searchItems(db: Queryable, request: SearchRequest): Promise<SearchResults> {
  const statement = request.sort === 'relevance' ? byRank(request) : byDate(request);
  const rows = await db.query<HitRow>(statement.sql, statement.params);
  const hits = rows.slice(0, request.limit).map((row) => ({ sourceKind: 'item' as const, ...row }));
  const last = hits[hits.length - 1];
  const total = await countSources(db, request);
  const facets = {
    organ: await facet(db, request, 'organ'),
    genre: await facet(db, request, 'genre'),
    topic: await facet(db, request, 'topic'),
    validity: await facet(db, request, 'validity'),
  };
  return {
    hits,
    total: Math.min(total, TOTAL_CAP),
    totalCapped: total > TOTAL_CAP,
    next:
      rows.length > request.limit && last !== undefined
        ? { publishedAt: last.publishedAt, sourceId: last.sourceId, rank: last.rank }
        : null,
    facets,
  };
}
