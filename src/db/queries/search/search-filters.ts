/**
 * The pieces of a search statement's WHERE clauses. The phrase match and the filters that are not
 * facets (column, dates) select the matching rows once; the facet filters (organ with its subtree,
 * 主题分类, 体裁, 有效性) are applied afterwards, so each facet can count with every filter but its own.
 */
import type { FacetName, SearchFilters } from '../../../domain/search/search-types.ts';

/** Parameters $1…$10 of the search statement ($16, the source kind, comes last: searchItems). */
export function filterParams(tsquery: string, filters: SearchFilters): unknown[] {
  return [
    tsquery,
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

/** The match and the non-facet filters over `search_documents d`. */
export const MATCH_SQL = `d.tokens @@ $1::tsquery
  AND ($3::int IS NULL OR d.column_ids @> ARRAY[$3::int])
  AND ($7::date IS NULL OR d.published_on >= $7::date)
  AND ($8::date IS NULL OR d.published_on <= $8::date)
  AND ($9::date IS NULL OR d.written_on >= $9::date)
  AND ($10::date IS NULL OR d.written_on <= $10::date)
  AND ($16::text IS NULL OR d.source_kind = $16::text)`;

const FACET_CONDITIONS: Record<FacetName, string> = {
  organ: '($2::int IS NULL OR s.organ_id IN (SELECT id FROM subtree))',
  topic: "($4::text IS NULL OR s.topic = $4::text OR starts_with(s.topic, $4::text || '\\'))",
  genre: '($5::text IS NULL OR s.genre = $5::text)',
  validity: '($6::text IS NULL OR s.validity = $6::text)',
};

/** The facet filters over the per-source rows `s`, all of them or all but `except`. */
export function facetFilterSql(except: FacetName | null): string {
  return (Object.keys(FACET_CONDITIONS) as FacetName[])
    .filter((name) => name !== except)
    .map((name) => FACET_CONDITIONS[name])
    .join(' AND ');
}
