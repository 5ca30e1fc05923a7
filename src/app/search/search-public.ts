/**
 * 信息检索 on the portal: the form checked (domain/search/search-params.ts), then one search through
 * the SearchIndex port. Bad input answers `invalid` with Chinese messages per field; nothing that a
 * reader can type reaches SQL or the tsquery parser as syntax.
 */
import {
  checkSearchParams,
  emptyResultAdvice,
  type CheckedSearch,
  type RawSearchParams,
} from '../../domain/search/search-params.ts';
import type { AppDeps } from '../deps.ts';
import { invalid, type Result } from '../failures.ts';
import type { SearchResults } from '../../domain/search/search-types.ts';
import { SQL_SEARCH_INDEX, type SearchIndex } from './search-index.ts';

/** Hits per page. */
export const SEARCH_PAGE_SIZE = 20;

export type PublicSearch = { search: CheckedSearch; results: SearchResults; advice: string[] };

/**
 * Runs a public search.
 * @param withinOrgan the organ of /o/:slug/search (its subtree), overriding the form's organ
 */
export async function searchPublic(
  deps: Pick<AppDeps, 'db'>,
  raw: RawSearchParams,
  withinOrgan: number | null = null,
  index: SearchIndex = SQL_SEARCH_INDEX,
): Promise<Result<PublicSearch, 'invalid'>> {
  const checked = checkSearchParams(withinOrgan === null ? raw : { ...raw, organ: String(withinOrgan) });
  if (!checked.ok) {
    return invalid(checked.errors);
  }
  const { search } = checked;
  const results = await index.search(deps.db, {
    query: search.query,
    filters: search.filters,
    sort: search.sort,
    after: search.after,
    limit: SEARCH_PAGE_SIZE,
  });
  const advice = results.hits.length === 0 && search.after === null ? emptyResultAdvice(search) : [];
  return { ok: true, search, results, advice };
}
