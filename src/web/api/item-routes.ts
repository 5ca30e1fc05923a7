/** GET /api/v1/items (filtered, paged) and /api/v1/items/{id}. */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { listOpenItemsPage, type OpenItemsQuery } from '../../app/open-data/open-items.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { loadPublicItem } from '../../app/portal/item-pages.ts';
import type { AppEnv } from '../context.ts';
import { beijingMinuteOrBlank } from '../portal/item-format.ts';
import { apiError, apiFailure } from './api-errors.ts';
import { COMMON_ERRORS, errorResponse, jsonResponse, linkOrigin, type ApiRoutes } from './api-context.ts';
import { presentItem, presentItemDetail } from './presenters.ts';
import { ItemDetailSchema, ItemParamsSchema, ItemsPageSchema, ItemsQuerySchema } from './schemas.ts';

const itemsRoute = createRoute({
  method: 'get',
  path: '/items',
  tags: ['主动公开信息'],
  summary: '已发布的信息（筛选、翻页）',
  description:
    '按发布时间由新到旧。筛选：organ 机构、column 栏目（须同时给出 organ）、kind 类别、validity 有效性、year 发布年份。' +
    '翻页：沿 next 链接（cursor）翻页，任何一页都只读取本页的行；page 只到第 100 页。',
  request: { query: ItemsQuerySchema },
  responses: {
    200: jsonResponse(ItemsPageSchema, '一页信息；next 为下一页地址'),
    404: errorResponse('没有该机构或栏目'),
    ...COMMON_ERRORS,
  },
});

const itemRoute = createRoute({
  method: 'get',
  path: '/items/{id}',
  tags: ['主动公开信息'],
  summary: '一条已发布的信息',
  description: '元数据、正文、附件、有效性、相关解读与版本。已撤回的信息答 410 并说明理由。',
  request: { params: ItemParamsSchema },
  responses: {
    200: jsonResponse(ItemDetailSchema, '信息'),
    404: errorResponse('没有该信息'),
    410: errorResponse('该信息已撤回'),
    ...COMMON_ERRORS,
  },
});

/** `/api/v1/items?…` with the same filters and the next page's cursor. */
function nextLink(c: Context<AppEnv>, cursor: string): string {
  const url = new URL(c.req.url);
  url.searchParams.delete('page');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

/** Registers the item routes. */
export const registerItemApi: ApiRoutes = (api, deps) => {
  const directory = portalDirectoryFor(deps.db);

  api.openapi(itemsRoute, async (c) => {
    const q = c.req.valid('query');
    const query: OpenItemsQuery = {
      organ: q.organ,
      column: q.column,
      kind: q.kind,
      validity: q.validity,
      year: q.year === undefined ? undefined : Number(q.year),
      limit: q.limit === undefined ? undefined : Number(q.limit),
      page: q.page === undefined ? undefined : Number(q.page),
      cursor: q.cursor,
    };
    const snapshot = await directory.snapshot();
    const result = await listOpenItemsPage(deps.db, snapshot, query);
    if (!result.ok) {
      return result.kind === 'invalid'
        ? apiFailure(c, result)
        : apiFailure(c, result, { what: q.column === undefined ? '该机构' : '该机构或栏目' });
    }
    const origin = linkOrigin(c, snapshot);
    return c.json(
      {
        items: result.items.map((line) => presentItem(line, snapshot, origin)),
        next: result.next === null ? null : nextLink(c, result.next),
      },
      200,
    );
  });

  api.openapi(itemRoute, async (c) => {
    const item = await loadPublicItem(deps.db, Number(c.req.valid('param').id));
    if (item === null) {
      return apiError(c, 404, '没有该信息，或它尚未发布。');
    }
    if (item.row.status === 'withdrawn') {
      const reason = item.row.withdrawnReason === '' ? '' : `：${item.row.withdrawnReason}`;
      return apiError(c, 410, `该信息已于 ${beijingMinuteOrBlank(item.row.withdrawnAt)} 撤回${reason}`);
    }
    const snapshot = await directory.snapshot();
    c.header('last-modified', item.row.updatedAt.toUTCString());
    return c.json(presentItemDetail(item, snapshot, linkOrigin(c, snapshot)), 200);
  });
};
