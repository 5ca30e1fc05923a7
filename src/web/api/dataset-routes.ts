/**
 * The bulk datasets: every published annual report of every organ as one CSV (one row per report,
 * the report dataset's column layout: render/csv-columns.ts) and as JSON lines (one
 * gongkai.annual-report.v1 object per line), and the metadata of every published item as CSV.
 * Read a page at a time in key order; CSV is UTF-8 with a BOM (Excel/WPS), CRLF, formulas guarded.
 * Each file is kept between requests with a strong ETag (If-None-Match → 304) until what it is
 * built from changes (app/open-data/file-cache.ts): the items CSV until an item or organ changes,
 * the report files until a report is published, withdrawn or corrected (decision 042).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { eachAnnualReport, eachPublishedItem } from '../../app/open-data/datasets.ts';
import {
  annualReportsKey,
  builtFile,
  fileCacheFor,
  publishedFilesKey,
  type BuiltFile,
} from '../../app/open-data/file-cache.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { reportCsvColumns, reportCsvRow, toCsvLine } from '../../render/csv.ts';
import { itemCsvHeader, itemCsvLine } from '../../render/items-csv.ts';
import { orderReportKeys } from '../../render/json.ts';
import type { AppEnv } from '../context.ts';
import { COMMON_ERRORS, linkOrigin, type ApiRoutes } from './api-context.ts';
import { presentItem } from './presenters.ts';

const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

const fileResponse = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: z.string() } },
});

const dataset = (path: string, summary: string, description: string, mediaType: string) =>
  createRoute({
    method: 'get',
    path,
    tags: ['数据集'],
    summary,
    description,
    responses: { 200: fileResponse(mediaType, summary), ...COMMON_ERRORS },
  });

const reportsCsvRoute = dataset(
  '/datasets/annual-reports.csv',
  '全部年度报告（CSV）',
  '每个机构每年一行，列与年报批量检查的 CSV 相同（表二、表三、表四每格一列）；file、errors、warnings 列为空。',
  'text/csv',
);
const reportsJsonlRoute = dataset(
  '/datasets/annual-reports.jsonl',
  '全部年度报告（JSON Lines）',
  '每行一份 gongkai.annual-report.v1 年度报告。',
  'application/x-ndjson',
);
const itemsCsvRoute = dataset(
  '/datasets/items.csv',
  '全部已发布信息的元数据（CSV）',
  '每条已发布信息一行（不含正文）：索引号、标题、文号、类别、体裁、主题分类、日期、有效性、网址。',
  'text/csv',
);

/** A download: content type, file name, no sniffing. */
function download(
  c: Context<AppEnv>,
  text: string | Uint8Array<ArrayBuffer>,
  mediaType: string,
  fileName: string,
) {
  return c.body(text, 200, {
    'content-type': `${mediaType}; charset=utf-8`,
    'content-disposition': `attachment; filename="${fileName}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'public, max-age=3600',
  });
}

/** Registers the dataset downloads. */
export const registerDatasetApi: ApiRoutes = (api, deps) => {
  const directory = portalDirectoryFor(deps.db);
  const cache = fileCacheFor(deps.db);

  /** A report file, kept until the stored reports change. */
  const reportFile = async (name: string, build: () => Promise<string>): Promise<BuiltFile> =>
    cache.get(name, await annualReportsKey(deps.db), async () => builtFile(await build()));

  api.openapi(reportsCsvRoute, async (c) => {
    const file = await reportFile('annual-reports.csv', async () => {
      const lines = [toCsvLine(reportCsvColumns())];
      for await (const stored of eachAnnualReport(deps.db)) {
        lines.push(toCsvLine(reportCsvRow(stored.report)));
      }
      return `${UTF8_BOM}${lines.join(CRLF)}${CRLF}`;
    });
    c.header('etag', file.etag);
    return download(c, file.bytes, 'text/csv', 'annual-reports.csv');
  });

  api.openapi(reportsJsonlRoute, async (c) => {
    const file = await reportFile('annual-reports.jsonl', async () => {
      const lines: string[] = [];
      for await (const stored of eachAnnualReport(deps.db)) {
        lines.push(JSON.stringify(orderReportKeys(stored.report)));
      }
      return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    });
    c.header('etag', file.etag);
    return download(c, file.bytes, 'application/x-ndjson', 'annual-reports.jsonl');
  });

  api.openapi(itemsCsvRoute, async (c) => {
    const snapshot = await directory.snapshot();
    const origin = linkOrigin(c, snapshot);
    const key = `${await publishedFilesKey(deps.db, snapshot)}/${origin}`;
    const file = await cache.get('items.csv', key, async () => {
      const lines = [itemCsvHeader()];
      for await (const line of eachPublishedItem(deps.db)) {
        lines.push(itemCsvLine(presentItem(line, snapshot, origin)));
      }
      return builtFile(`${UTF8_BOM}${lines.join(CRLF)}${CRLF}`);
    });
    c.header('etag', file.etag);
    return download(c, file.bytes, 'text/csv', 'items.csv');
  });
};
