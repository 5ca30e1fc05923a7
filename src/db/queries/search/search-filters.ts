/**
 * The pieces of a search statement's WHERE clauses. The phrase match and the filters that are not
 * facets (column, dates) select the rows facets are counted over; the facet filters (organ with its
 * subtree, 主题分类, 体裁, 有效性) are applied afterwards, so each facet can count with every filter
 * but its own — or, on the walk that fills a page, together with the others on each row.
 */
import type { FacetName, SearchFilters } from '../../../domain/search/search-types.ts';

/**
 * Parameters $1…$10 of the search statement, $1 the bigram tsquery (grams.ts); $17, the source kind,
 * and $18, the folded query text, come last (searchItems).
 */
export function filterParams(grams: string, filters: SearchFilters): unknown[] {
  return [
    grams,
    filters.organId,
    filters.columnId,
    filters.topic,
    filters.genre,
    filters.validity,
    filters.publishedFrom,
    filters.publishedTo,
    filters.writtenFrom,
    filters.writtenTo,
  ];
}

/** The organ and its subtree ($2), as the CTE `subtree` (put after WITH RECURSIVE). */
export const SUBTREE_CTE = `subtree AS (
    SELECT id FROM organs WHERE id = $2::int
    UNION ALL SELECT o.id FROM organs o JOIN subtree t ON o.parent_id = t.id)`;

/** Parameter numbers of the non-facet filters (column, 发布日期 from/to, 成文日期 from/to, source kind). */
export type RowFilterParams = {
  column: number;
  pubFrom: number;
  pubTo: number;
  wFrom: number;
  wTo: number;
  kind: number;
};

/** Where the non-facet filters sit in the search statement ($3, $7…$10; the source kind $17). */
export const STATEMENT_ROW_PARAMS: RowFilterParams = {
  column: 3,
  pubFrom: 7,
  pubTo: 8,
  wFrom: 9,
  wTo: 10,
  kind: 17,
};

/** The non-facet filters over `search_documents ${alias}` (no phrase match). */
export function rowFilterSql(alias: string, p: RowFilterParams = STATEMENT_ROW_PARAMS): string {
  return `($${p.column}::int IS NULL OR ${alias}.column_ids @> ARRAY[$${p.column}::int])
  AND ($${p.pubFrom}::date IS NULL OR ${alias}.published_on >= $${p.pubFrom}::date)
  AND ($${p.pubTo}::date IS NULL OR ${alias}.published_on <= $${p.pubTo}::date)
  AND ($${p.wFrom}::date IS NULL OR ${alias}.written_on >= $${p.wFrom}::date)
  AND ($${p.wTo}::date IS NULL OR ${alias}.written_on <= $${p.wTo}::date)
  AND ($${p.kind}::text IS NULL OR ${alias}.source_kind = $${p.kind}::text)`;
}

/** Where the folded query text sits in the search statement. */
export const TEXT_PARAM = 18;

/**
 * The phrase match through the GIN index (decision 041): the planner reads the posting lists of the
 * query's bigrams ($1) and checks the phrase ($18) with strpos on the rows that hold all of them
 * (for few matches).
 */
export const MATCH_SQL = `search_bigrams(d.folded) @@ $1::tsquery AND strpos(d.folded, $${TEXT_PARAM}::text) > 0 AND ${rowFilterSql('d')}`;

/**
 * The phrase match alone, which no index serves: the planner then walks 发布日期 newest first and
 * checks each row (for dense matches, and never a bitmap over a huge posting list).
 */
export function walkMatchSql(alias: string, textParam = TEXT_PARAM): string {
  return `strpos(${alias}.folded, $${textParam}::text) > 0`;
}

/**
 * A hit's rank (sort by relevance, decision 041): how often the phrase occurs in the row, per 100
 * units, and where — in the title (the record's first field) ×10, elsewhere in the record ×4, in
 * the body or an attachment ×1.
 */
export function rankSql(alias: string): string {
  const f = `${alias}.folded`;
  const q = `$${TEXT_PARAM}::text`;
  return `((char_length(${f}) - char_length(replace(${f}, ${q}, ''))) / char_length(${q}) * 100.0
    / (char_length(${f}) + 100)
    * CASE WHEN ${alias}.chunk > 0 THEN 1 WHEN strpos(split_part(${f}, E'\n', 1), ${q}) > 0 THEN 10 ELSE 4 END)::real`;
}

function facetConditions(alias: string): Record<FacetName, string> {
  return {
    organ: `($2::int IS NULL OR ${alias}.organ_id IN (SELECT id FROM subtree))`,
    topic: `($4::text IS NULL OR ${alias}.topic = $4::text OR starts_with(${alias}.topic, $4::text || '\\'))`,
    genre: `($5::text IS NULL OR ${alias}.genre = $5::text)`,
    validity: `($6::text IS NULL OR ${alias}.validity = $6::text)`,
  };
}

/** The facet filters over rows `alias` (the per-source rows `s` by default), all or all but `except`. */
export function facetFilterSql(except: FacetName | null, alias = 's'): string {
  const conditions = facetConditions(alias);
  return (Object.keys(conditions) as FacetName[])
    .filter((name) => name !== except)
    .map((name) => conditions[name])
    .join(' AND ');
}
