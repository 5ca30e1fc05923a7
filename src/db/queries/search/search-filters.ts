/**
 * The WHERE clause of a search: the phrase match and the filters, with one filter left out for the
 * facet that counts its own values (a facet ignores its own filter).
 */
import type { FacetName, SearchFilters } from '../../../domain/search/search-types.ts';

/** Parameters $1…$10 of every search statement. */
export function filterParams(tsquery: string, filters: SearchFilters, except: FacetName | null): unknown[] {
  return [
    tsquery,
    except === 'organ' ? null : filters.organId,
    filters.columnId,
    except === 'topic' ? null : filters.topic,
    except === 'genre' ? null : filters.genre,
    except === 'validity' ? null : filters.validity,
    filters.publishedFrom,
    filters.publishedTo,
    filters.writtenFrom,
    filters.writtenTo,
  ];
}

/** The match and filters over `search_documents d` ($1…$10 from filterParams). */
export const FILTER_SQL = `d.tokens @@ $1::tsquery
  AND ($2::int IS NULL OR d.organ_id IN (
    WITH RECURSIVE t AS (SELECT id FROM organs WHERE id = $2 UNION ALL SELECT o.id FROM organs o JOIN t ON o.parent_id = t.id)
    SELECT id FROM t))
  AND ($3::int IS NULL OR d.column_ids @> ARRAY[$3::int])
  AND ($4::text IS NULL OR d.topic = $4 OR starts_with(d.topic, $4 || '\\'))
  AND ($5::text IS NULL OR d.genre = $5)
  AND ($6::text IS NULL OR d.validity = $6)
  AND ($7::date IS NULL OR d.published_on >= $7::date)
  AND ($8::date IS NULL OR d.published_on <= $8::date)
  AND ($9::date IS NULL OR d.written_on >= $9::date)
  AND ($10::date IS NULL OR d.written_on <= $10::date)`;
