/**
 * 台账导入预览 and its result: counts per year and result, every error (row, column, reason), the
 * remarks, the first rows, and 确认导入 only when no row has an error. After the commit the same
 * page shows what was written. Applicants' names are shown masked: the preview checks the file,
 * it is not a place to read personal data.
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { LedgerPreview } from '../../app/cases/ledger/preview-ledger-import.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { maskApplicantName } from '../../domain/applicant/mask.ts';
import { APPLICANT_KIND_LABELS } from '../../domain/case/applicant-kinds.ts';
import { CHANNEL_RULES } from '../../domain/case/channels.ts';
import { DECISION_LABELS } from '../../domain/case/decisions.ts';
import {
  RESULT_BUCKET_LABELS,
  RESULT_BUCKETS,
  type LedgerPlan,
} from '../../domain/case/ledger/plan-ledger-import.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ImportCounts, ImportIssues } from './import-issues.tsx';
import { LEDGER_CRUMBS } from './cases-ledger-view.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

export { SHOWN_ISSUES } from './import-issues.tsx';
const SHOWN_ROWS = 20;

/** The preview page's person, token, stored upload and the warning after a refused confirmation. */
export type LedgerPreviewProps = {
  actor: Actor;
  csrfToken: string;
  token: string;
  preview: LedgerPreview;
  warning: string | null;
};

function YearTable(props: { plan: LedgerPlan }) {
  const { years } = props.plan.summary;
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption>按收到申请年份和办理结果统计（件）</caption>
        <thead>
          <tr>
            <th scope="col">年份</th>
            {RESULT_BUCKETS.map((b) => (
              <th scope="col" class="cell-number">
                {RESULT_BUCKET_LABELS[b]}
              </th>
            ))}
            <th scope="col" class="cell-number">
              合计
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr>
              <th scope="row">{y.year}年</th>
              {RESULT_BUCKETS.map((b) => (
                <td class="cell-number">{y.counts[b]}</td>
              ))}
              <td class="cell-number">{y.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FirstRows(props: { plan: LedgerPlan }) {
  const rows = props.plan.cases.slice(0, SHOWN_ROWS);
  return (
    <div class="table-wrap">
      <table class="data-table import-table">
        <caption>
          前 {rows.length} 件（共 {props.plan.cases.length} 件无误）
        </caption>
        <thead>
          <tr>
            <th scope="col">行号</th>
            <th scope="col">案件编号</th>
            <th scope="col">收到申请日期</th>
            <th scope="col">申请渠道</th>
            <th scope="col">申请人</th>
            <th scope="col">办理结果</th>
            <th scope="col">答复日期</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr>
              <td class="cell-number">{c.line}</td>
              <td>{c.caseNumber ?? <span class="muted">（导入时自动编号）</span>}</td>
              <td class="cell-nowrap">{c.receivedOn}</td>
              <td>{CHANNEL_RULES[c.channel].label}</td>
              <td>
                {maskApplicantName(c.applicant.kind, c.applicant.name)}（
                {APPLICANT_KIND_LABELS[c.applicant.kind]}）
              </td>
              <td>
                {c.closing ? DECISION_LABELS[c.closing.decision].row : <span class="muted">尚未办结</span>}
              </td>
              <td class="cell-nowrap">{c.closing?.closedOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Decision(props: { plan: LedgerPlan; token: string; csrfToken: string; expiresAt: Date }) {
  const { plan } = props;
  const s = plan.summary;
  if (plan.invalidRows > 0) {
    return (
      <Notice
        kind="error"
        title={`有 ${plan.invalidRows} 行存在错误（共 ${plan.errors.length} 处），整个文件都不会导入`}
      >
        请按下方错误清单修改文件后 <a href="/staff/cases/ledger">重新上传</a>。没有写入任何案件。
      </Notice>
    );
  }
  return (
    <form method="post" action={`/staff/cases/ledger/${props.token}`} class="panel confirm-panel">
      <CsrfField token={props.csrfToken} />
      <p>
        将导入 <strong>{plan.cases.length}</strong> 件（已办结 {s.closed} 件、尚未办结 {s.open} 件；沿用原编号{' '}
        {s.keptNumbers} 件、自动编号 {plan.cases.length - s.keptNumbers} 件； 行政复议 {s.reviews}{' '}
        件、行政诉讼 {s.litigations} 件）。导入一次完成：任何一件写入失败，全部不写入。预览有效期至{' '}
        {beijingMinute(props.expiresAt)}。
      </p>
      {s.open > 0 ? (
        <p>
          尚未办结的 {s.open}{' '}
          件导入后按收到申请日期（及延期）计算答复期限，进入待办队列；已超过期限的会显示为逾期。
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          确认导入
        </button>
        <a class="button" href="/staff/cases/ledger">
          放弃，重新上传
        </a>
      </div>
    </form>
  );
}

/** The preview page (or the result once committed). */
export function LedgerPreviewView(props: LedgerPreviewProps) {
  const { preview } = props;
  const crumbs = [...LEDGER_CRUMBS, { href: '/staff/cases/ledger', label: '台账导入与导出' }];
  const lead = `受理机关：${preview.organ.name}；文件「${preview.fileName}」。`;
  if (preview.plan === null) {
    const o = preview.outcome!;
    return (
      <StaffLayout
        title="台账已导入"
        actor={props.actor}
        csrfToken={props.csrfToken}
        section="cases"
        breadcrumbs={crumbs}
      >
        <PageHeader title="台账已导入" lead={lead} />
        <Notice kind="success" title={`已导入 ${o.created} 件`}>
          <p>
            已办结 {o.closed} 件、尚未办结 {o.open} 件；沿用原编号 {o.keptNumbers} 件、自动编号 {o.numbered}{' '}
            件；行政复议 {o.reviews} 件、行政诉讼 {o.litigations} 件。
          </p>
          <p>
            这个文件不会重复导入。<a href="/staff/cases">查看案件列表</a>
          </p>
        </Notice>
      </StaffLayout>
    );
  }
  const { plan } = preview;
  return (
    <StaffLayout
      title="预览导入台账"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="cases"
      breadcrumbs={crumbs}
    >
      <PageHeader title="预览导入台账" lead={`${lead}共 ${plan.rowCount} 行数据。`} />
      {props.warning ? (
        <Notice kind="warning" title="没有导入">
          {props.warning}
        </Notice>
      ) : null}
      <ImportCounts valid={plan.cases.length} invalid={plan.invalidRows} remarks={plan.notes.length} />
      <Decision plan={plan} token={props.token} csrfToken={props.csrfToken} expiresAt={preview.expiresAt} />
      {plan.errors.length > 0 ? (
        <ImportIssues
          title="错误"
          issues={plan.errors}
          csvHref={`/staff/cases/ledger/${props.token}/issues.csv`}
          isError
        />
      ) : null}
      {plan.cases.length > 0 ? <YearTable plan={plan} /> : null}
      {plan.notes.length > 0 ? (
        <ImportIssues
          title="提示（不影响导入）"
          issues={plan.notes}
          csvHref={`/staff/cases/ledger/${props.token}/issues.csv`}
          isError={false}
        />
      ) : null}
      {plan.cases.length > 0 ? <FirstRows plan={plan} /> : null}
    </StaffLayout>
  );
}
