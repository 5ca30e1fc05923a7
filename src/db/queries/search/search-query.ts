/**
 * Reading the search index in one statement after a probe, so the phrase is matched once: the
 * newest MATCH_CAP matching rows (`m`: every match when the probe found at most MATCH_CAP, else the
 * first MATCH_CAP walking 发布日期 newest first), one row per source (`s`), the sources passing every filter (`f`), the page (`p`, newest
 * first or by rank, after a keyset cursor), the total and the facets (each ignoring its own
 * filter). Later pages skip the total and the facets.
 */
import {
  MATCH_CAP,
  type FacetName,
  type FacetValue,
  type SearchHit,
  type SearchRequest,
  type SearchResults,
} from '../../../domain/search/search-types.ts';
import type { Queryable } from '../../db.ts';
import { facetFilterSql, filterParams, MATCH_SQL, SUBTREE_CTE } from './search-filters.ts';

const FACETS: Record<FacetName, { value: string; label: string; join: string }> = {
  organ: { value: 's.organ_id::text', label: 'o.name', join: 'JOIN organs o ON o.id = s.organ_id' },
  genre: { value: 's.genre', label: 's.genre', join: '' },
  topic: { value: 's.topic', label: 's.topic', join: '' },
  validity: { value: "COALESCE(s.validity, '')", label: "COALESCE(s.validity, '')", join: '' },
};

/**
 * What a hit shows and links to, by source kind (decision 034; keys in search-source.ts): an item's
 * record; an annual report (its item's record when it was published as a 年度报告 item); a public reply.
 */
const DISPLAY_COLUMNS = `d.source_kind AS "sourceKind", d.part, d.file_name AS "fileName", d.part_chunk AS "partChunk", d.content,
          COALESCE(i.id, r.id, pr.id)::int AS ref, r.year AS "reportYear",
          CASE d.source_kind WHEN 'item' THEN i.title
            WHEN 'report' THEN COALESCE(ri.title, o.name || r.year || '年政府信息公开工作年度报告')
            ELSE '关于“' || left(pr.request_summary, 40) || CASE WHEN length(pr.request_summary) > 40 THEN '…' ELSE '' END || '”的答复' END AS title,
          COALESCE(i.doc_number, ri.doc_number, pr.case_number, '') AS "docNumber",
          COALESCE(i.index_number, ri.index_number, '') AS "indexNumber",
          o.name AS "organName", o.slug AS "organSlug"`;
const DISPLAY_JOINS = `LEFT JOIN items i ON d.source_kind = 'item' AND i.id = p.source_id
        LEFT JOIN annual_reports r ON d.source_kind = 'report' AND r.id = -p.source_id / 2
        LEFT JOIN items ri ON ri.id = r.item_id
        LEFT JOIN public_replies pr ON d.source_kind = 'reply' AND pr.id = (-p.source_id - 1) / 2
        JOIN organs o ON o.id = COALESCE(i.organ_id, r.organ_id, pr.organ_id)`;

function facetSql(name: FacetName): string {
  const f = FACETS[name];
  return `CASE WHEN $15::boolean THEN (SELECT COALESCE(json_agg(x), '[]') FROM (
      SELECT ${f.value} AS value, ${f.label} AS label, count(*)::int AS count FROM s ${f.join}
      WHERE ${facetFilterSql(name)} GROUP BY 1, 2 ORDER BY 3 DESC, 2 LIMIT 30) x) END AS "${name}"`;
}

function statement(request: SearchRequest, isSparse: boolean): string {
  const byRank = request.sort === 'relevance';
  const order = byRank ? 'rank DESC, published_at DESC, source_id DESC' : 'published_at DESC, source_id DESC';
  return `WITH RECURSIVE ${SUBTREE_CTE},
    m AS MATERIALIZED (
      SELECT d.source_id, d.published_at, d.chunk, d.organ_id, d.genre, d.topic, d.validity,
        ${byRank ? 'ts_rank(d.tokens, $1::tsquery)' : 'NULL::real'} AS rank
      FROM search_documents d WHERE ${MATCH_SQL}
        AND ($11::timestamptz IS NULL OR $13::real IS NOT NULL OR (d.published_at, d.source_id) < ($11::timestamptz, $12::bigint))
      ${isSparse ? 'OFFSET 0' : `ORDER BY d.published_at DESC, d.source_id DESC LIMIT ${MATCH_CAP}`}),
    s AS MATERIALIZED (
      SELECT source_id, published_at, min(chunk) AS chunk, min(organ_id) AS organ_id, min(genre) AS genre,
        min(topic) AS topic, min(validity) AS validity, max(rank) AS rank
      FROM m GROUP BY source_id, published_at),
    f AS (SELECT * FROM s WHERE ${facetFilterSql(null)}),
    p AS (
      SELECT * FROM f
      WHERE $13::real IS NULL OR (rank, published_at, source_id) < ($13::real, $11::timestamptz, $12::bigint)
      ORDER BY ${order} LIMIT $14)
    SELECT
      (SELECT COALESCE(json_agg(h ORDER BY ${order}), '[]') FROM (
        SELECT p.source_id::int AS "sourceId", p.source_id, p.published_at, p.published_at AS "publishedAt", p.rank,
          ${DISPLAY_COLUMNS}
        FROM p JOIN search_documents d ON d.source_id = p.source_id AND d.chunk = p.chunk
        ${DISPLAY_JOINS}) h) AS hits,
      (SELECT count(*)::int FROM f) AS total,
      (SELECT count(*)::int FROM m) AS matched,
      ${(Object.keys(FACETS) as FacetName[]).map(facetSql).join(',\n      ')}`;
}

type Row = {
  hits: (Omit<SearchHit, 'publishedAt'> & { publishedAt: string })[];
  total: number;
  matched: number;
} & Record<FacetName, FacetValue[] | null>;

/** Runs a search. */
export async function searchItems(db: Queryable, request: SearchRequest): Promise<SearchResults> {
  const after = request.after;
  // how many rows match at most (the GIN index alone): few → take them all (bitmap scan); many → walk
  // 发布日期 newest first until MATCH_CAP rows match (dense matches are found early)
  const [probe] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM search_documents d WHERE d.tokens @@ $1::tsquery LIMIT ${MATCH_CAP + 1}) x`,
    [request.query.tsquery],
  );
  const isSparse = probe!.n <= MATCH_CAP;
  const [row] = await db.query<Row>(statement(request, isSparse), [
    ...filterParams(request.query.tsquery, request.filters),
    after?.publishedAt ?? null,
    after?.sourceId ?? null,
    after?.rank ?? null,
    request.limit + 1,
    after === null,
    request.filters.sourceKind,
  ]);
  const all = row!.hits.map(
    ({
      sourceKind,
      sourceId,
      ref,
      reportYear,
      publishedAt,
      rank,
      part,
      fileName,
      partChunk,
      content,
      title,
      docNumber,
      indexNumber,
      organName,
      organSlug,
    }) => ({
      sourceKind,
      sourceId,
      ref,
      reportYear,
      publishedAt: new Date(publishedAt),
      rank,
      part,
      fileName,
      partChunk,
      content,
      title,
      docNumber,
      indexNumber,
      organName,
      organSlug,
    }),
  );
  const hits = all.slice(0, request.limit);
  const last = hits[hits.length - 1];
  return {
    hits,
    total: row!.total,
    totalCapped: !isSparse && row!.matched >= MATCH_CAP,
    next:
      all.length > request.limit && last !== undefined
        ? { publishedAt: last.publishedAt, sourceId: last.sourceId, rank: last.rank }
        : null,
    facets: {
      organ: row!.organ ?? [],
      genre: row!.genre ?? [],
      topic: row!.topic ?? [],
      validity: row!.validity ?? [],
    },
  };
}
