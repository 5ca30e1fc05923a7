/** GET /api/v1/organs, /organs/{organ} and /organs/{organ}/columns. */
import { createRoute, z } from '@hono/zod-openapi';
import { loadColumnCounts } from '../../app/portal/item-pages.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { apiError } from './api-errors.ts';
import { COMMON_ERRORS, errorResponse, jsonResponse, linkOrigin, type ApiRoutes } from './api-context.ts';
import { presentColumns, presentOrgan } from './presenters.ts';
import { ColumnSchema, OrganParamsSchema, OrganSchema } from './schemas.ts';

const organsRoute = createRoute({
  method: 'get',
  path: '/organs',
  tags: ['机构'],
  summary: '全部机构',
  description: '平台上的全部机构（行政机关），上级在前。',
  responses: { 200: jsonResponse(z.object({ organs: z.array(OrganSchema) }), '机构列表'), ...COMMON_ERRORS },
});

const organRoute = createRoute({
  method: 'get',
  path: '/organs/{organ}',
  tags: ['机构'],
  summary: '一个机构',
  request: { params: OrganParamsSchema },
  responses: {
    200: jsonResponse(
      z.object({ organ: OrganSchema, children: z.array(z.string()) }),
      '机构及其下级机构代号',
    ),
    404: errorResponse('没有该机构'),
    ...COMMON_ERRORS,
  },
});

const columnsRoute = createRoute({
  method: 'get',
  path: '/organs/{organ}/columns',
  tags: ['机构'],
  summary: '机构的法定主动公开内容栏目',
  description: '栏目树（上级栏目在前）及每个栏目已发布信息的条数；「废止和失效」栏目按有效性统计。',
  request: { params: OrganParamsSchema },
  responses: {
    200: jsonResponse(z.object({ columns: z.array(ColumnSchema) }), '栏目列表'),
    404: errorResponse('没有该机构'),
    ...COMMON_ERRORS,
  },
});

/** Registers the organ routes. */
export const registerOrganApi: ApiRoutes = (api, deps) => {
  const directory = portalDirectoryFor(deps.db);
  const noOrgan = (slug: string) => `没有代号为「${slug}」的机构。`;

  api.openapi(organsRoute, async (c) => {
    const snapshot = await directory.snapshot();
    const origin = linkOrigin(c, snapshot);
    return c.json({ organs: snapshot.organs.map((o) => presentOrgan(o, snapshot, origin)) }, 200);
  });

  api.openapi(organRoute, async (c) => {
    const { organ: slug } = c.req.valid('param');
    const snapshot = await directory.snapshot();
    const organ = snapshot.bySlug.get(slug);
    if (organ === undefined) {
      return apiError(c, 404, noOrgan(slug));
    }
    const children = (snapshot.childrenOf.get(organ.id) ?? []).map((o) => o.slug);
    return c.json({ organ: presentOrgan(organ, snapshot, linkOrigin(c, snapshot)), children }, 200);
  });

  api.openapi(columnsRoute, async (c) => {
    const { organ: slug } = c.req.valid('param');
    const snapshot = await directory.snapshot();
    const organ = snapshot.bySlug.get(slug);
    if (organ === undefined) {
      return apiError(c, 404, noOrgan(slug));
    }
    const { tree, counts } = await loadColumnCounts(deps.db, organ.id);
    return c.json({ columns: presentColumns(organ, tree, counts, linkOrigin(c, snapshot)) }, 200);
  });
};
