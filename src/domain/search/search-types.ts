/**
 * The data a search index takes and gives (the SearchIndex port is in src/app/search/search-index.ts):
 * the filter fields each row carries, a request, and a page of results with facets.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { SearchQuery } from './query.ts';
import type { SearchPart } from './search-document.ts';
import type { SearchSourceKind } from './search-source.ts';

/** The copy of the source's filter fields every row carries. */
export type SearchMeta = {
  organId: number;
  kind: string;
  genre: string;
  topic: string;
  validity: string | null;
  columnIds: readonly number[];
  publishedAt: Date;
  writtenOn: string | null;
};

export type SearchFilters = {
  /** the organ and every organ under it */
  organId: number | null;
  columnId: number | null;
  topic: string | null;
  genre: string | null;
  validity: string | null;
  publishedFrom: LocalDate | null;
  publishedTo: LocalDate | null;
  writtenFrom: LocalDate | null;
  writtenTo: LocalDate | null;
  /** 主动公开 items, annual reports or public replies only (decision 034) */
  sourceKind: SearchSourceKind | null;
};

export type SearchSort = 'date' | 'relevance';

/** Where the next page starts (keyset): after this hit in the chosen order. */
export type SearchCursor = { publishedAt: Date; sourceId: number; rank: number | null };

export type SearchRequest = {
  query: SearchQuery;
  filters: SearchFilters;
  sort: SearchSort;
  after: SearchCursor | null;
  limit: number;
};

export type SearchHit = {
  sourceKind: SearchSourceKind;
  /** the search key (search-source.ts): what cursors carry */
  sourceId: number;
  /** the id in the source's own table (items, annual_reports, public_replies) */
  ref: number;
  /** an annual report's year (its page is by year), else null */
  reportYear: number | null;
  title: string;
  docNumber: string;
  indexNumber: string;
  organName: string;
  organSlug: string;
  publishedAt: Date;
  part: SearchPart;
  fileName: string;
  partChunk: number;
  content: string;
  rank: number | null;
};

export type FacetValue = { value: string; label: string; count: number };
export type FacetName = 'organ' | 'genre' | 'topic' | 'validity';

export type SearchResults = {
  hits: SearchHit[];
  /** distinct sources found: all of them, or those among the newest FACET_WINDOW rows when capped */
  total: number;
  /** true when the total and the facets count only the newest FACET_WINDOW rows (shown as 「N+」) */
  totalCapped: boolean;
  next: SearchCursor | null;
  facets: Record<FacetName, FacetValue[]>;
};

/**
 * A search first checks the newest DENSE_PROBE_ROWS rows (after the filters that are not facets). When
 * at least DENSE_MIN of them match, the query is dense: the page is filled by walking 发布日期 newest
 * first, and the total and the facets count the matches among the newest FACET_WINDOW rows (「N+」,
 * marked as counted over the newest rows). Otherwise it gathers every match through the GIN index,
 * up to MATCH_CAP rows — total and facets exact; past MATCH_CAP it is treated as dense.
 */
export const MATCH_CAP = 2_000;
export const DENSE_PROBE_ROWS = 256;
export const DENSE_MIN = 6;
export const FACET_WINDOW = 1_000;
/**
 * Before the probe (decision 041): when the planner's statistics of the bigram index say that the
 * query's rarest bigram is in at most this many rows, no more rows can match, so the search gathers
 * through the GIN index without probing. The statistics only steer: a wrong guess costs time (past
 * MATCH_CAP the search walks as before), never a different result.
 */
export const SPARSE_GRAM_ROWS = 2_000;
