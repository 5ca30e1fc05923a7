/**
 * 统计 (GET /staff/statistics?organ=…&year=…): tables 三 and 四 of the annual report for an organ
 * and its subtree, computed from the cases, in the official layout; downloads as JSON (the report
 * contract), DOCX (official layout) and XLSX. The identity checks of the report engine run on the result and are shown.
 */
import type { Hono } from 'hono';
import { caseStatistics, type CaseStatistics } from '../../app/cases/case-statistics.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { checkIdentities } from '../../domain/report/check/identities.ts';
import { renderTableHtml } from '../../render/html-table.ts';
import { buildApplicationsTable } from '../../render/table-applications.ts';
import { buildReviewTable } from '../../render/table-review.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { queryParams } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';
import { sendStatistics, STATISTICS_FORMATS } from './statistics-downloads.ts';

const NO_FINDINGS = { entries: [], byTarget: new Map() };

function Tables(props: { stats: CaseStatistics }) {
  const report = props.stats.report;
  if (!report?.applications || !report.reviewLitigation) {
    return <p class="empty-state">您没有可统计的机关。</p>;
  }
  const errors = checkIdentities(report.applications, report.reviewLitigation).filter(
    (f) => f.severity === 'error',
  );
  const query = `organ=${props.stats.organId ?? ''}&year=${props.stats.year}`;
  return (
    <>
      <p class={errors.length === 0 ? 'stat-check ok' : 'stat-check bad'} role="status">
        {errors.length === 0
          ? '勾稽关系核对：全部相符。'
          : `勾稽关系核对发现 ${errors.length} 处不符，请联系技术支持。`}
        {` 统计范围：${props.stats.organCount} 个机关。`}
      </p>
      <h2>三、收到和处理政府信息公开申请情况</h2>
      <div
        dangerouslySetInnerHTML={{
          __html: renderTableHtml(buildApplicationsTable(report.applications), NO_FINDINGS, 'stat'),
        }}
      />
      <h2>四、政府信息公开行政复议、行政诉讼情况</h2>
      <div
        dangerouslySetInnerHTML={{
          __html: renderTableHtml(buildReviewTable(report.reviewLitigation), NO_FINDINGS, 'stat'),
        }}
      />
      <ul class="stat-downloads" aria-label="下载">
        <li>
          <a href={`/staff/statistics.docx?${query}`}>下载 Word（年度报告版式）</a>
        </li>
        <li>
          <a href={`/staff/statistics.xlsx?${query}`}>下载 Excel</a>
        </li>
        <li>
          <a href={`/staff/statistics.json?${query}`}>下载 JSON（年报数据格式）</a>
        </li>
      </ul>
    </>
  );
}

/** The statistics page. */
export function StatisticsView(props: { actor: Actor; csrfToken: string; stats: CaseStatistics }) {
  const { stats } = props;
  return (
    <StaffLayout title="依申请公开统计" actor={props.actor} csrfToken={props.csrfToken} section="statistics">
      <PageHeader
        title="依申请公开统计"
        lead="按年度报告表三、表四的口径，由办件数据生成（含所选机关及其下级机关）。"
      />
      <p>
        <a href="/staff/statistics/reports">年度报告报送情况</a>：各单位年度报告的时限和进度。
      </p>
      <form method="get" action="/staff/statistics" class="filter-form">
        <div class="field">
          <label for="stat-organ">机关</label>
          <select id="stat-organ" name="organ">
            {stats.organs.map((o) => (
              <option value={String(o.id)} selected={o.id === stats.organId}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="stat-year">年度</label>
          <input id="stat-year" name="year" inputmode="numeric" maxlength={4} value={String(stats.year)} />
        </div>
        <button type="submit" class="button">
          统计
        </button>
      </form>
      <Tables stats={stats} />
    </StaffLayout>
  );
}

/** Mounts the statistics page and its downloads. */
export function registerStatisticsRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/statistics', async (c) => {
    const actor = requireActor(c);
    const stats = await caseStatistics(deps, actor, queryParams(c));
    return c.html(renderPage(<StatisticsView actor={actor} csrfToken={c.get('csrfToken')} stats={stats} />));
  });
  for (const format of STATISTICS_FORMATS) {
    app.get(`/staff/statistics.${format}`, async (c) => {
      const stats = await caseStatistics(deps, requireActor(c), queryParams(c));
      return sendStatistics(c, stats, format, deps.clock.today());
    });
  }
}
