/**
 * GET /api/v1/search: the portal's 信息检索 (the same use case, parameters and matching) as JSON.
 * The organ and the column are named by their codes, as in the rest of the API; every other value
 * is the portal's. Whatever a reader types in `q` is searched as text; a bad parameter is a 400
 * naming it in Chinese, never a 500.
 */
import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { portalDirectoryFor, type DirectorySnapshot } from '../../app/portal/directory.ts';
import { columnBySlug, loadCatalogue } from '../../app/publishing/catalogue.ts';
import { searchPublic, SEARCH_PAGE_SIZE } from '../../app/search/search-public.ts';
import type { Queryable } from '../../db/db.ts';
import { formatCursor, type RawSearchParams } from '../../domain/search/search-params.ts';
import type { AppEnv } from '../context.ts';
import { apiError } from './api-errors.ts';
import { COMMON_ERRORS, jsonResponse, linkOrigin, type ApiRoutes } from './api-context.ts';
import { presentSearch } from './search-presenter.ts';
import { SearchPageSchema, SearchQuerySchema } from './search-schemas.ts';

type SearchQuery = z.infer<typeof SearchQuerySchema>;

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags: ['检索'],
  summary: '全文检索（与门户「信息检索」相同）',
  description:
    '检索已发布信息的标题、文号、索引号、概述、关键词、正文和附件（PDF、Word 等的文字）。检索词按原文连续出现匹配（不分词，' +
    '两个字的词也能检索）；文号中的 [ ] ( ) 与 〔 〕 视为相同。按发布日期新到旧（sort=relevance 按相关度），每页 ' +
    `${SEARCH_PAGE_SIZE} 条，沿 next 链接翻页。每条命中给出标题和命中处前后的文字（纯文本），以及命中词的位置 highlights ` +
    '（UTF-16 码元下标，[start, end)），由调用方自行标记（例如用 <mark>，显示前须按 HTML 转义）。' +
    '第一页附分面（每项不计自身的筛选条件）；已撤回的信息不会被检索到。',
  request: { query: SearchQuerySchema },
  responses: {
    200: jsonResponse(SearchPageSchema, '一页命中'),
    ...COMMON_ERRORS,
  },
});

/** The use case's field names → the API's parameter names (only `after` differs). */
const PARAM_OF: Readonly<Record<string, string>> = { after: 'cursor' };

/** The organ and column codes → the use case's ids, or the message of the parameter that is wrong. */
async function idsOf(
  db: Queryable,
  snapshot: DirectorySnapshot,
  q: SearchQuery,
): Promise<{ ok: true; organ?: string; column?: string } | { ok: false; message: string }> {
  if (q.organ === undefined) {
    return q.column === undefined
      ? { ok: true }
      : { ok: false, message: 'column：按栏目筛选时须同时给出 organ（机构）。' };
  }
  const organ = snapshot.bySlug.get(q.organ);
  if (organ === undefined) {
    return { ok: false, message: `organ：没有代号为「${q.organ}」的机构（机构代号见 /api/v1/organs）。` };
  }
  if (q.column === undefined) {
    return { ok: true, organ: String(organ.id) };
  }
  const found = columnBySlug(await loadCatalogue(db, organ.id), q.column);
  return found === null
    ? {
        ok: false,
        message: `column：该机构没有代号为「${q.column}」的栏目（见 /api/v1/organs/${q.organ}/columns）。`,
      }
    : { ok: true, organ: String(organ.id), column: String(found.column.id) };
}

/** `/api/v1/search?…` with the same parameters and the next page's cursor. */
function nextLink(c: Context<AppEnv>, cursor: string): string {
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

/** Registers GET /search. */
export const registerSearchApi: ApiRoutes = (api, deps) => {
  const directory = portalDirectoryFor(deps.db);

  api.openapi(searchRoute, async (c) => {
    const q = c.req.valid('query');
    const snapshot = await directory.snapshot();
    const ids = await idsOf(deps.db, snapshot, q);
    if (!ids.ok) {
      return apiError(c, 400, ids.message);
    }
    const given: Record<keyof RawSearchParams, string | undefined> = {
      q: q.q,
      kind: q.kind,
      organ: ids.organ,
      column: ids.column,
      topic: q.topic,
      genre: q.genre,
      validity: q.validity,
      from: q.from,
      to: q.to,
      writtenFrom: q.writtenFrom,
      writtenTo: q.writtenTo,
      sort: q.sort,
      after: q.cursor,
    };
    const raw = Object.fromEntries(
      Object.entries(given).filter(([, value]) => value !== undefined),
    ) as RawSearchParams;
    const result = await searchPublic(deps, raw);
    if (!result.ok) {
      const messages = Object.entries(result.errors).map(([field, message]) => {
        return `${PARAM_OF[field] ?? field}：${message}`;
      });
      return apiError(c, 400, `${messages.join('；')}。`);
    }
    const next = result.results.next === null ? null : nextLink(c, formatCursor(result.results.next));
    return c.json(presentSearch(result, snapshot, linkOrigin(c, snapshot), next), 200);
  });
};
