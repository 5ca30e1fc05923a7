/**
 * 年度报告报送情况 (GET /staff/statistics/reports?organ=…&year=…): every organ in the chosen subtree
 * with its 第四十九条 deadline and where its report of the year stands (issue 12): 未开始 / 起草中 /
 * 已提交审核 / 已发布, 逾期 marked, the checker's errors. Read-only; the links lead to the report
 * item (staff) and the published report (portal). One click downloads the published reports as a
 * ZIP (…/reports/bundle.zip) or as the CSV dataset (…/reports/bundle.csv), same query.
 */
import type { Hono } from 'hono';
import { reportBundleCsv, reportBundleZip } from '../../app/annual-report/report-bundle.ts';
import {
  isLate,
  reportProgress,
  REPORT_PROGRESS_LABELS,
  reportStatusPage,
  type ReportStatusLine,
  type ReportStatusPage,
} from '../../app/annual-report/report-status.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { formatChineseDate } from '../../domain/calendar/local-date.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { queryParams } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { NOT_FOUND } from '../../app/failures.ts';
import { failureError } from '../failures.ts';
import { PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** The words and tone of a line's state: 未开始 / 起草中 / 已提交审核 / 已发布, and 逾期. */
function stateOf(line: ReportStatusLine): { text: string; late: boolean } {
  const t = line.timeliness;
  const when =
    t.state === 'late' || t.state === 'overdue'
      ? `（逾期 ${t.daysLate} 天）`
      : t.state === 'dueSoon' || t.state === 'pending'
        ? `（距时限 ${t.daysLeft} 天）`
        : t.state === 'onTime'
          ? '（按时）'
          : '';
  const progress = REPORT_PROGRESS_LABELS[reportProgress(line.standing)];
  const late = isLate(line);
  return { text: `${late && line.standing.stage !== 'published' ? '逾期 · ' : ''}${progress}${when}`, late };
}

function Line(props: { line: ReportStatusLine; year: number }) {
  const { line } = props;
  const state = stateOf(line);
  const published = line.standing.stage === 'published' ? line.standing.publishedOn : null;
  return (
    <tr>
      <th scope="row">{line.organ.name}</th>
      <td>
        {formatChineseDate(line.deadline.due, false)}
        <br />
        <span class="field-hint">{line.deadline.basis}</span>
      </td>
      <td class={state.late ? 'report-state late' : 'report-state'}>{state.text}</td>
      <td>{published === null ? '—' : formatChineseDate(published, false)}</td>
      <td>
        {line.itemId === null ? '—' : line.checkerErrors === 0 ? '无错误' : `${line.checkerErrors} 个错误`}
      </td>
      <td>
        {line.itemId !== null ? <a href={`/staff/items/${line.itemId}`}>查看报告信息</a> : null}
        {published !== null ? (
          <>
            {line.itemId !== null ? ' · ' : null}
            <a href={`/o/${line.organ.slug}/gk/reports/${props.year}`}>门户页面</a>
          </>
        ) : null}
      </td>
    </tr>
  );
}

/** The page. */
export function ReportStatusView(props: { actor: Actor; csrfToken: string; page: ReportStatusPage }) {
  const { page } = props;
  const counts = {
    published: page.lines.filter((l) => l.standing.stage === 'published').length,
    late: page.lines.filter(isLate).length,
  };
  return (
    <StaffLayout
      title="年度报告报送情况"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="statistics"
    >
      <PageHeader
        title="年度报告报送情况"
        lead="所选机关及其下级机关某一年度政府信息公开工作年度报告的时限（条例第四十九条）和进度。"
      />
      <form method="get" action="/staff/statistics/reports" class="filter-form">
        <div class="field">
          <label for="rs-organ">机关</label>
          <select id="rs-organ" name="organ">
            {page.organs.map((o) => (
              <option value={String(o.id)} selected={o.id === page.organId}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="rs-year">报告年度</label>
          <input id="rs-year" name="year" inputmode="numeric" maxlength={4} value={String(page.year)} />
        </div>
        <button type="submit" class="button">
          查看
        </button>
      </form>
      {page.lines.length === 0 ? (
        <p class="empty-state">您没有可查看的机关。</p>
      ) : (
        <>
          <p role="status">
            {`${page.year}年度：共 ${page.lines.length} 个单位，已发布 ${counts.published} 个，逾期 ${counts.late} 个。`}
          </p>
          <ul class="link-list">
            <li>
              <a href={`/staff/statistics/reports/bundle.zip?organ=${page.organId}&year=${page.year}`}>
                {`下载全部已发布的年度报告（ZIP，${counts.published} 份）`}
              </a>
            </li>
            <li>
              <a href={`/staff/statistics/reports/bundle.csv?organ=${page.organId}&year=${page.year}`}>
                下载年度报告数据集（CSV）
              </a>
            </li>
            <li>
              <a href={`/staff/statistics/figures?organ=${page.organId}&year=${page.year}`}>
                填报表二数据（行政许可、处罚、强制、收费）
              </a>
            </li>
          </ul>
          <div class="table-wrap" role="region" aria-labelledby="rs-caption" tabindex={0}>
            <table class="data-table">
              <caption id="rs-caption">{`${page.year}年度报告报送情况`}</caption>
              <thead>
                <tr>
                  <th scope="col">单位</th>
                  <th scope="col">报送时限</th>
                  <th scope="col">状态</th>
                  <th scope="col">发布日期</th>
                  <th scope="col">年报体检</th>
                  <th scope="col">链接</th>
                </tr>
              </thead>
              <tbody>
                {page.lines.map((line) => (
                  <Line line={line} year={page.year} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </StaffLayout>
  );
}

/** Mounts the page and its downloads. */
export function registerReportStatusRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/statistics/reports', async (c) => {
    const actor = requireActor(c);
    const page = await reportStatusPage(deps, actor, queryParams(c));
    return c.html(renderPage(<ReportStatusView actor={actor} csrfToken={c.get('csrfToken')} page={page} />));
  });
  app.get('/staff/statistics/reports/bundle.zip', async (c) => {
    const bundle = await reportBundleZip(deps, requireActor(c), queryParams(c));
    if (!bundle.ok) {
      throw failureError(NOT_FOUND, { what: '机关' });
    }
    return c.body(bundle.body, 200, {
      'content-type': 'application/zip',
      'cache-control': 'no-store',
      'content-disposition': contentDisposition(
        `annual-reports-${bundle.year}`,
        `${bundle.organName}${bundle.year}年度政府信息公开工作年度报告`,
        'zip',
      ),
      'x-content-type-options': 'nosniff',
    });
  });
  app.get('/staff/statistics/reports/bundle.csv', async (c) => {
    const bundle = await reportBundleCsv(deps, requireActor(c), queryParams(c));
    if (!bundle.ok) {
      throw failureError(NOT_FOUND, { what: '机关' });
    }
    return c.body(new TextEncoder().encode(bundle.text), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(
        `annual-reports-${bundle.year}`,
        `${bundle.organName}${bundle.year}年度报告数据`,
        'csv',
      ),
      'x-content-type-options': 'nosniff',
    });
  });
}
