/**
 * The search port (decisions 030, 034): what the platform asks of a search index. A source is an
 * item, an annual report or a public reply ({ kind, id }). The PostgreSQL/PGlite
 * adapter (SQL in src/db/queries/search/) is the only implementation; a distributed
 * engine would be a second one fed from the same SearchDocument rows, matching the same way.
 */
import type { Queryable } from '../../db/db.ts';
import { searchItems } from '../../db/queries/search/search-query.ts';
import { removeSearchRows, replaceSearchRows } from '../../db/queries/search/search-rows.ts';
import type { SearchDocument } from '../../domain/search/search-document.ts';
import type { SearchSource } from '../../domain/search/search-source.ts';
import type { SearchMeta, SearchRequest, SearchResults } from '../../domain/search/search-types.ts';

export type SearchIndex = {
  /** Replaces a source's rows (inside the caller's transaction). */
  replace(
    tx: Queryable,
    source: SearchSource,
    documents: readonly SearchDocument[],
    meta: SearchMeta,
  ): Promise<void>;
  /** Removes a source's rows (inside the caller's transaction). */
  remove(tx: Queryable, source: SearchSource): Promise<void>;
  search(db: Queryable, request: SearchRequest): Promise<SearchResults>;
};

/** The PostgreSQL / PGlite adapter: the only implementation. */
export const SQL_SEARCH_INDEX: SearchIndex = {
  replace: replaceSearchRows,
  remove: removeSearchRows,
  search: searchItems,
};
