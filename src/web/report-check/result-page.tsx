/**
 * The 年报体检 result: which report (organ · year · format), a summary by severity, the list of
 * findings in Chinese with where each one is (and a link to the marked cell), the report in the
 * official layout with every finding marked in place, and the downloads.
 */
import { beijingDate } from '../../domain/calendar/beijing-time.ts';
import { raw } from 'hono/html';
import { describeLocation } from '../../domain/report/finding-location.ts';
import type { StoredReportCheck } from '../../db/queries/report-checks.ts';
import { findingDescription } from '../../domain/report/finding-catalogue.ts';
import type { Finding, Severity } from '../../domain/report/findings.ts';
import { PARTS } from '../../domain/report/layout.ts';
import type { AnnualReport } from '../../domain/report/model.ts';
import { indexFindings } from '../../render/html-findings.ts';
import { renderReportHtml } from '../../render/index.ts';
import { SEVERITY_LABELS, sectionText, UNKNOWN_ORGAN, UNKNOWN_YEAR } from '../../render/labels.ts';
import { buildReportTables } from '../../render/tables.ts';
import { FORMAT_NAMES } from '../portal/reports-pages.tsx';
import { markFindingTexts } from './mark-text.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Where each finding is marked on the page (the renderer's own element ids). */
function findingTargets(report: AnnualReport, findings: readonly Finding[]): Map<Finding, string> {
  const parts = new Set(
    PARTS.filter((p) => report.format !== 'legacy' || sectionText(report, p.key) !== null).map((p) => p.key),
  );
  const index = indexFindings(findings, buildReportTables(report), parts, 'gk');
  return new Map(index.entries.map((entry) => [entry.finding, entry.targetId]));
}

function verdict(counts: Record<Severity, number>): string {
  if (counts.error > 0) {
    return `发现 ${counts.error} 项错误，需要核对并更正。`;
  }
  if (counts.warning > 0) {
    return `未发现错误；有 ${counts.warning} 项警告，建议逐项核实。`;
  }
  return '未发现错误或警告。';
}

function FindingsList(props: {
  findings: readonly Finding[];
  targets: Map<Finding, string>;
  showCodes: boolean;
}) {
  if (props.findings.length === 0) {
    return <p class="rc-none">没有发现问题。</p>;
  }
  return (
    <ol class="rc-findings">
      {props.findings.map((finding) => {
        const where = describeLocation(finding.where);
        const target = props.targets.get(finding);
        const kind = findingDescription(finding.code);
        return (
          <li class={`rc-finding rc-finding-${finding.severity}`}>
            <span class={`rc-badge rc-badge-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>
            <div class="rc-finding-body">
              <p class="rc-finding-message">{finding.message}</p>
              <p class="rc-finding-where">
                {where === '' ? null : <span>位置：{where}</span>}
                {target === undefined ? null : <a href={`#${target}`}>在报告中查看</a>}
              </p>
              {kind === null ? null : <p class="rc-finding-kind">问题类别：{kind}</p>}
              {props.showCodes ? (
                <p class="rc-finding-code">
                  代码 <code>{finding.code}</code>
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** The body of the result page. `base` is the result's own path (downloads append `.json` …). */
export function CheckResult(props: {
  check: StoredReportCheck;
  base: string;
  againHref: string;
  /** Staff see the finding codes (docs/FINDINGS.md) in small text; the public sees descriptions only. */
  showCodes?: boolean;
}) {
  const { check } = props;
  const { report, findings } = check;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    counts[finding.severity] += 1;
  }
  const targets = findingTargets(report, findings);
  const expires = beijingDate(check.expiresAt);
  return (
    <div class="rc-result">
      <div class="rc-head">
        <p class="pt-item-kicker">年报体检结果</p>
        <h1>
          {report.organ ?? UNKNOWN_ORGAN} · {report.year === null ? UNKNOWN_YEAR : `${report.year}年度`}
        </h1>
        <dl class="pt-item-meta">
          <dt>报告格式</dt>
          <dd>{FORMAT_NAMES[report.format]}</dd>
          <dt>检查对象</dt>
          <dd>{check.fileName === null ? '粘贴的文字' : <span class="rc-file">{check.fileName}</span>}</dd>
          <dt>结果保存至</dt>
          <dd>
            <time datetime={expires}>{expires}</time>（凭本页链接查看）
          </dd>
        </dl>
      </div>
      <section class="rc-summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading" class="rc-visually-hidden">
          检查摘要
        </h2>
        <ul class="rc-counts">
          {SEVERITIES.map((severity) => (
            <li class={`rc-count rc-count-${severity}`}>
              <span class="rc-count-n">{counts[severity]}</span>
              <span class="rc-count-label">{SEVERITY_LABELS[severity]}</span>
            </li>
          ))}
        </ul>
        <p class={`rc-verdict ${counts.error > 0 ? 'rc-verdict-bad' : ''}`}>{verdict(counts)}</p>
        <ul class="pt-downloads" aria-label="下载检查结果">
          <li>
            <a href={`${props.base}.docx`} download>
              下载 Word（DOCX）
            </a>
          </li>
          <li>
            <a href={`${props.base}.json`} download>
              下载数据（JSON）
            </a>
          </li>
          <li>
            <a href={`${props.base}.csv`} download>
              下载数据（CSV）
            </a>
          </li>
          <li>
            <a href={props.againHref} class="rc-again">
              再检查一份
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">问题清单（{findings.length} 项）</h2>
        <FindingsList findings={findings} targets={targets} showCodes={props.showCodes ?? false} />
      </section>
      <section class="rc-report" aria-labelledby="report-heading">
        <h2 id="report-heading">报告内容（问题已在表中标出）</h2>
        <p class="rc-legend" aria-hidden="true">
          <span class="gk-flag gk-flag-error">错误</span>
          <span class="gk-flag gk-flag-warning">警告</span>
          <span class="gk-flag gk-flag-info">提示</span>
          <mark class="rc-mark rc-mark-error">可疑文字</mark>
        </p>
        <p class="pt-scroll-hint">统计表较宽，可在表格上左右滑动查看。</p>
        <div class="pt-report-paper">
          {raw(markFindingTexts(renderReportHtml(report, { findings, fragment: true }), findings))}
        </div>
      </section>
    </div>
  );
}
