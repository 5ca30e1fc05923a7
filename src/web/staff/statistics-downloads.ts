/**
 * 统计 downloads: tables 三 and 四 as a partial annual report — JSON in the contract
 * `gongkai.annual-report.v1`, DOCX in the official layout (the report renderer, only these two
 * parts) and XLSX (one sheet per table, the same merged cells).
 */
import type { Context } from 'hono';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { CaseStatistics } from '../../app/cases/case-statistics.ts';
import { formatChineseDate, localDate } from '../../domain/calendar/local-date.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { renderReportDocx } from '../../render/docx.ts';
import { renderReportJson } from '../../render/json.ts';
import { buildApplicationsTable } from '../../render/table-applications.ts';
import { buildReviewTable } from '../../render/table-review.ts';
import { renderTablesXlsx } from '../../render/xlsx-tables.ts';
import type { AppEnv } from '../context.ts';

/** The download formats of the statistics page. */
export const STATISTICS_FORMATS = ['json', 'docx', 'xlsx'] as const;
export type StatisticsFormat = (typeof STATISTICS_FORMATS)[number];

const MEDIA: Record<StatisticsFormat, string> = {
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The title of the export, e.g. 「博山区教育局2026年依申请公开情况统计」. */
export const statisticsTitle = (report: AnnualReport) => `${report.organ}${report.year}年依申请公开情况统计`;

async function render(stats: CaseStatistics, report: AnnualReport, format: StatisticsFormat, today: string) {
  const title = statisticsTitle(report);
  switch (format) {
    case 'json':
      return new TextEncoder().encode(renderReportJson(report));
    case 'docx':
      return new Uint8Array(
        await renderReportDocx(report, {
          title,
          parts: ['applications', 'reviewLitigation'],
          preface: [
            `统计范围：${report.organ}及其下级机关，共 ${stats.organCount} 个机关；按年度报告表三、表四的口径，由本平台办件记录生成（${formatChineseDate(localDate(today), false)}）。`,
          ],
        }),
      );
    case 'xlsx':
      return renderTablesXlsx([
        {
          name: '表三',
          title: `${title}（三、收到和处理政府信息公开申请情况）`,
          table: buildApplicationsTable(report.applications!),
        },
        {
          name: '表四',
          title: `${title}（四、政府信息公开行政复议、行政诉讼情况）`,
          table: buildReviewTable(report.reviewLitigation!),
        },
      ]);
    default: {
      const unexpected: never = format;
      throw new Error(`unknown format ${String(unexpected)}`);
    }
  }
}

/** Sends the statistics in one format, or 404 with a Chinese message when there is nothing to count. */
export async function sendStatistics(
  c: Context<AppEnv>,
  stats: CaseStatistics,
  format: StatisticsFormat,
  today: string,
): Promise<Response> {
  const report = stats.report;
  if (!report?.applications || !report.reviewLitigation) {
    return c.text('您没有可统计的机关。', 404);
  }
  return c.body(new Uint8Array(await render(stats, report, format, today)), 200, {
    'content-type': MEDIA[format],
    'content-disposition': contentDisposition(`statistics-${report.year}`, statisticsTitle(report), format),
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
}
