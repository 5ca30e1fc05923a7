/**
 * The open data API under /api/v1 (read-only JSON, anonymous): organs and their columns, published
 * items, annual reports, tables 三/四, the bulk datasets, and the OpenAPI 3.1 document generated
 * from the same zod schemas the routes validate with (/api/v1/openapi.json), with its
 * human-readable page (/api/v1/docs). Every route goes through CORS, the per-client rate limit,
 * the control-character check and conditional GETs (api-middleware.ts); every error is JSON.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { API_QUOTA, type QuotaPolicy } from '../../app/open-data/api-quota.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import type { AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { loadFrame } from '../portal/frame.ts';
import { sendPage } from '../portal/routes.tsx';
import type { RouteModule } from '../routes.ts';
import { validationHook } from './api-errors.ts';
import { cleanQuery, conditionalGet, openDataCors, rateLimit } from './api-middleware.ts';
import { registerDatasetApi } from './dataset-routes.ts';
import { ApiDocsPage, type OpenApiDocument } from './docs-page.tsx';
import { registerItemApi } from './item-routes.ts';
import { registerOrganApi } from './organ-routes.ts';
import { registerReportApi } from './report-routes.ts';
import { registerSearchApi } from './search-routes.ts';

/** Where the API lives. */
export const API_BASE = '/api/v1';

/** The API's routes on their own OpenAPI app (also what the document is generated from). */
export function createOpenDataApi(deps: Parameters<RouteModule>[1]): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  registerOrganApi(api, deps);
  registerItemApi(api, deps);
  registerReportApi(api, deps);
  registerDatasetApi(api, deps);
  registerSearchApi(api, deps);
  return api;
}

/**
 * The OpenAPI 3.1 document of an API app.
 * @example openApiDocument(createOpenDataApi(deps)).openapi // '3.1.0'
 */
export function openApiDocument(api: OpenAPIHono<AppEnv>): OpenApiDocument {
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: '政府信息公开开放数据接口',
      version: '1.0.0',
      description:
        '只读 JSON 接口：机构、法定主动公开内容栏目、已发布信息、年度报告（gongkai.annual-report.v1）、依申请公开统计（表三、表四）、批量数据集和全文检索。',
    },
    servers: [{ url: API_BASE }],
  });
}

/**
 * The route module, with the rate limit's policy (tests pass a small one).
 * @example ROUTE_MODULES = [..., openDataRoutes(), ...]
 */
export function openDataRoutes(policy: QuotaPolicy = API_QUOTA): RouteModule {
  return (app, deps) => {
    const api = createOpenDataApi(deps);
    let document: OpenApiDocument | null = null;
    const documentOf = () => (document ??= openApiDocument(api));
    app.use(`${API_BASE}/*`, openDataCors(), cleanQuery(), rateLimit(policy), ...conditionalGet());
    app.get(`${API_BASE}/openapi.json`, (c) => c.json(documentOf()));
    app.get(`${API_BASE}/docs`, async (c) => {
      const frame = await loadFrame(c, portalDirectoryFor(deps.db), null);
      return sendPage(c, renderPage(<ApiDocsPage frame={frame} document={documentOf()} />));
    });
    app.route(API_BASE, api);
  };
}
