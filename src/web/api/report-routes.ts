/**
 * GET /api/v1/organs/{organ}/reports/{year} (the published annual report, contract
 * gongkai.annual-report.v1) and /organs/{organ}/statistics/{year} (tables 三/四 from the cases of
 * the organ and its subtree, finished years only).
 */
import { createRoute } from '@hono/zod-openapi';
import { openAnnualReport, openStatistics } from '../../app/open-data/open-reports.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { orderReportKeys } from '../../render/json.ts';
import { apiFailure } from './api-errors.ts';
import { COMMON_ERRORS, errorResponse, jsonResponse, type ApiRoutes } from './api-context.ts';
import { AnnualReportContractSchema, OrganYearParamsSchema } from './schemas.ts';

const reportRoute = createRoute({
  method: 'get',
  path: '/organs/{organ}/reports/{year}',
  tags: ['年度报告'],
  summary: '机构某年的政府信息公开工作年度报告',
  description: '数据格式 gongkai.annual-report.v1（与年报体检、CLI 的 JSON 相同，键按约定顺序）。',
  request: { params: OrganYearParamsSchema },
  responses: {
    200: jsonResponse(AnnualReportContractSchema, '年度报告'),
    404: errorResponse('没有该机构或该年度报告'),
    ...COMMON_ERRORS,
  },
});

const statisticsRoute = createRoute({
  method: 'get',
  path: '/organs/{organ}/statistics/{year}',
  tags: ['年度报告'],
  summary: '机构及其下级机构某年的依申请公开统计（表三、表四）',
  description:
    '由平台上登记的申请和行政复议、诉讼记录逐案统计，格式同年度报告（2021 版式，其余部分为空）。只提供已结束的年度。',
  request: { params: OrganYearParamsSchema },
  responses: {
    200: jsonResponse(AnnualReportContractSchema, '表三、表四'),
    404: errorResponse('没有该机构'),
    409: errorResponse('年度尚未结束或不在范围内'),
    ...COMMON_ERRORS,
  },
});

/** Registers the report routes. */
export const registerReportApi: ApiRoutes = (api, deps) => {
  const directory = portalDirectoryFor(deps.db);

  api.openapi(reportRoute, async (c) => {
    const { organ, year } = c.req.valid('param');
    const result = await openAnnualReport(deps, await directory.snapshot(), organ, Number(year));
    if (!result.ok) {
      return apiFailure(c, result, { what: '该机构的该年度报告' });
    }
    return c.json(orderReportKeys(result.report) as never, 200);
  });

  api.openapi(statisticsRoute, async (c) => {
    const { organ, year } = c.req.valid('param');
    const result = await openStatistics(deps, await directory.snapshot(), organ, Number(year));
    if (!result.ok) {
      return result.kind === 'refused' ? apiFailure(c, result) : apiFailure(c, result, { what: '该机构' });
    }
    c.header('x-organ-count', String(result.organCount));
    return c.json(orderReportKeys(result.report) as never, 200);
  });
};
