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
  /** distinct sources found, counted up to TOTAL_CAP */
  total: number;
  totalCapped: boolean;
  next: SearchCursor | null;
  facets: Record<FacetName, FacetValue[]>;
};

/**
 * A search looks at the newest MATCH_CAP matching rows (a row is the record or one chunk): totals,
 * facets and relevance order are over them, and a total reached at the cap shows as 「N+」.
 */
export const MATCH_CAP = 2_000;
