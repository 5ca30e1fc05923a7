/**
 * Reading the search index (decision 033, after 030). A probe checks the newest DENSE_PROBE_ROWS rows;
 * then one statement matches the phrase and gives the page, the total and the facets (each ignoring
 * its own filter; later pages skip them). Sparse queries gather every match through the GIN index
 * (`m`, at most MATCH_CAP rows: exact total and facets). Dense queries (or more than MATCH_CAP
 * matches) walk 发布日期 newest first: the page (`pw`/`p`) stops as soon as it is full, and the total
 * and the facets count the matches among the newest FACET_WINDOW rows (`w`/`m`). `s` has one row per
 * source, `f` the sources passing every filter.
 */
import {
  DENSE_MIN,
  FACET_WINDOW,
  MATCH_CAP,
  SPARSE_GRAM_ROWS,
  type FacetName,
  type FacetValue,
  type SearchHit,
  type SearchRequest,
  type SearchResults,
} from '../../../domain/search/search-types.ts';
import type { Queryable } from '../../db.ts';
import { codePointBigrams } from '../../../domain/search/grams.ts';
import { denseProbe, rarestGramRows } from './search-probe.ts';
import {
  facetFilterSql,
  filterParams,
  MATCH_SQL,
  rankSql,
  rowFilterSql,
  SUBTREE_CTE,
  walkMatchSql,
} from './search-filters.ts';

/** How a statement gathers its matches: every match (GIN), or walking 发布日期 newest first. */
type Mode = 'all' | 'walk';

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

/** The matches facets and the total count (`m`), by mode. */
function matchesSql(request: SearchRequest, mode: Mode): string {
  const byRank = request.sort === 'relevance';
  if (mode === 'all') {
    return `m AS MATERIALIZED (
      SELECT d.source_id, d.published_at, d.chunk, d.organ_id, d.genre, d.topic, d.validity,
        ${byRank ? rankSql('d') : 'NULL::real'} AS rank
      FROM search_documents d WHERE ${MATCH_SQL}
        AND ($11::timestamptz IS NULL OR $13::real IS NOT NULL OR (d.published_at, d.source_id) < ($11::timestamptz, $12::bigint))
      LIMIT ${MATCH_CAP + 1})`;
  }
  // the window is the same on every page (relevance pages come from it); a later date page needs none
  return `w AS MATERIALIZED (
      SELECT d.source_id, d.published_at, d.chunk, d.organ_id, d.genre, d.topic, d.validity, d.folded
      FROM search_documents d WHERE ${rowFilterSql('d')}
      ORDER BY d.published_at DESC, d.source_id DESC
      LIMIT ${byRank ? FACET_WINDOW : `CASE WHEN $15::boolean THEN ${FACET_WINDOW} ELSE 0 END`}),
    m AS MATERIALIZED (
      SELECT w.source_id, w.published_at, w.chunk, w.organ_id, w.genre, w.topic, w.validity,
        ${byRank ? rankSql('w') : 'NULL::real'} AS rank
      FROM w WHERE ${walkMatchSql('w')})`;
}

/** The page (`p`): from the gathered sources, or (walking, by date) a walk with every filter. */
function pageSql(request: SearchRequest, mode: Mode, order: string): string {
  if (mode === 'all' || request.sort === 'relevance') {
    return `pw AS (SELECT 1 WHERE $16::int IS NULL),
    p AS (
      SELECT * FROM f
      WHERE $13::real IS NULL OR (rank, published_at, source_id) < ($13::real, $11::timestamptz, $12::bigint)
      ORDER BY ${order} LIMIT $14)`;
  }
  // CASE: the facet filters are checked on each row before the phrase, which is dearer (the planner
  // would otherwise order them by its cost estimates and check the phrase first). Within an organ,
  // each organ of the subtree is walked on its own index and the walks are merged.
  const byOrgan = request.filters.organId !== null;
  const walk = `SELECT d.source_id, d.published_at, d.chunk FROM search_documents d
        WHERE ${byOrgan ? 'd.organ_id = t.id AND ' : ''}${rowFilterSql('d')}
          AND ($11::timestamptz IS NULL OR (d.published_at, d.source_id) < ($11::timestamptz, $12::bigint))
          AND CASE WHEN ${facetFilterSql(byOrgan ? 'organ' : null, 'd')} THEN ${walkMatchSql('d')} ELSE false END
        ORDER BY d.published_at DESC, d.source_id DESC LIMIT $16`;
  return `pw AS MATERIALIZED (
      ${byOrgan ? `SELECT x.* FROM subtree t CROSS JOIN LATERAL (${walk}) x ORDER BY x.published_at DESC, x.source_id DESC LIMIT $16` : walk}),
    p AS (
      SELECT source_id, published_at, min(chunk) AS chunk, NULL::real AS rank FROM pw
      WHERE $13::real IS NULL GROUP BY source_id, published_at ORDER BY ${order} LIMIT $14)`;
}

function statement(request: SearchRequest, mode: Mode): string {
  const byRank = request.sort === 'relevance';
  const order = byRank ? 'rank DESC, published_at DESC, source_id DESC' : 'published_at DESC, source_id DESC';
  // q: the parameters that one mode or the other leaves unused still need their types
  return `WITH RECURSIVE ${SUBTREE_CTE},
    q AS (SELECT $1::tsquery AS grams, $18::text AS text),
    ${matchesSql(request, mode)},
    s AS MATERIALIZED (
      SELECT source_id, published_at, min(chunk) AS chunk, min(organ_id) AS organ_id, min(genre) AS genre,
        min(topic) AS topic, min(validity) AS validity, max(rank) AS rank
      FROM m GROUP BY source_id, published_at),
    f AS (SELECT * FROM s WHERE ${facetFilterSql(null)}),
    ${pageSql(request, mode, order)}
    SELECT
      (SELECT COALESCE(json_agg(h ORDER BY ${order}), '[]') FROM (
        SELECT p.source_id::int AS "sourceId", p.source_id, p.published_at, p.published_at AS "publishedAt", p.rank,
          ${DISPLAY_COLUMNS}
        FROM p JOIN search_documents d ON d.published_at = p.published_at AND d.source_id = p.source_id AND d.chunk = p.chunk
        ${DISPLAY_JOINS}) h) AS hits,
      (SELECT count(*)::int FROM f) AS total,
      (SELECT count(*)::int FROM m) AS matched,
      (SELECT count(*)::int FROM pw) AS walked,
      ${mode === 'walk' ? '(SELECT count(*)::int FROM w)' : '0'} AS examined,
      ${(Object.keys(FACETS) as FacetName[]).map(facetSql).join(',\n      ')}`;
}

type Row = {
  hits: (Omit<SearchHit, 'publishedAt'> & { publishedAt: string })[];
  total: number;
  matched: number;
  walked: number;
  examined: number;
} & Record<FacetName, FacetValue[] | null>;

/** Rows the page walk takes at first per hit wanted (a source matching in several chunks uses more). */
const WALK_ROWS_PER_HIT = 3;

async function run(db: Queryable, request: SearchRequest, mode: Mode, walkRows: number): Promise<Row> {
  const after = request.after;
  const [row] = await db.query<Row>(statement(request, mode), [
    ...filterParams(request.query.grams, request.filters),
    after?.publishedAt ?? null,
    after?.sourceId ?? null,
    after?.rank ?? null,
    request.limit + 1,
    after === null,
    walkRows,
    request.filters.sourceKind,
    request.query.text,
  ]);
  return row!;
}

/** Sparse by the statistics (a rare bigram), else by the probe (decisions 041, 033). */
async function chooseMode(db: Queryable, request: SearchRequest): Promise<Mode> {
  const rarest = await rarestGramRows(db, codePointBigrams(request.query.text));
  if (rarest !== null && rarest <= SPARSE_GRAM_ROWS) {
    return 'all';
  }
  return (await denseProbe(db, request)) >= DENSE_MIN ? 'walk' : 'all';
}

/** The statement's row: sparse → every match; dense → the walk, taking more rows when chunks crowd the page. */
async function gather(db: Queryable, request: SearchRequest): Promise<{ row: Row; mode: Mode }> {
  let mode = await chooseMode(db, request);
  if (mode === 'all') {
    const row = await run(db, request, 'all', 0);
    if (row.matched <= MATCH_CAP) {
      return { row, mode };
    }
    mode = 'walk';
  }
  let walkRows = (request.limit + 1) * WALK_ROWS_PER_HIT;
  for (;;) {
    const row = await run(db, request, mode, walkRows);
    if (row.walked < walkRows || row.hits.length > request.limit) {
      return { row, mode };
    }
    walkRows *= 8;
  }
}

/** Runs a search. */
export async function searchItems(db: Queryable, request: SearchRequest): Promise<SearchResults> {
  const { row, mode } = await gather(db, request);
  const all = row.hits.map(
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
    // walking, the counts cover the newest FACET_WINDOW rows only; a page found past them still counts
    total: mode === 'walk' ? Math.max(row.total, hits.length) : row.total,
    totalCapped: mode === 'walk' && row.examined >= FACET_WINDOW,
    next:
      all.length > request.limit && last !== undefined
        ? { publishedAt: last.publishedAt, sourceId: last.sourceId, rank: last.rank }
        : null,
    facets: {
      organ: row.organ ?? [],
      genre: row.genre ?? [],
      topic: row.topic ?? [],
      validity: row.validity ?? [],
    },
  };
}
