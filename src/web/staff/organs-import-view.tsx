/**
 * 批量导入机构: the upload page (what the file must look like) and the preview (every row with
 * what would happen to it and its errors in Chinese; 确认导入 only when no row has an error).
 */
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import type { ImportPreview } from '../../app/organs/preview-organ-import.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { ORGAN_COLUMNS } from '../../domain/organs/import-columns.ts';
import {
  IMPORT_ACTION_LABELS,
  MAX_IMPORT_ROWS,
  type ImportAction,
  type PlannedRow,
} from '../../domain/organs/import-plan.ts';
import { ORGAN_LEVEL_LABELS, ORGAN_TYPE_LABELS } from '../../domain/organs/organ.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const CRUMBS = [{ href: '/staff/organs', label: '机构管理' }];
const STEPS = ['上传文件', '预览核对', '确认导入'] as const;

type Frame = { actor: Actor; csrfToken: string };

function Steps(props: { current: 0 | 1 | 2 }) {
  return (
    <ol class="steps" aria-label="导入步骤">
      {STEPS.map((label, i) => (
        <li
          class={i === props.current ? 'is-current' : i < props.current ? 'is-done' : undefined}
          aria-current={i === props.current ? 'step' : undefined}
        >
          <span class="step-number" aria-hidden="true">
            {i + 1}
          </span>
          {label}
        </li>
      ))}
    </ol>
  );
}

/** The upload page; `error` is why the last file could not be read at all. */
export function ImportUploadView(props: Frame & { error: string | null; maxMegabytes: number }) {
  const described = props.error ? 'field-file-hint field-file-error' : 'field-file-hint';
  return (
    <StaffLayout
      title="批量导入机构"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="organs"
      breadcrumbs={CRUMBS}
    >
      <PageHeader
        title="批量导入机构"
        lead="上传 Excel（.xlsx）或 CSV 文件，先预览核对，确认后一次性导入。任何一行有错误，整个文件都不会写入。"
      />
      <Steps current={0} />
      {props.error ? (
        <Notice kind="error" title="文件无法导入">
          {props.error}
        </Notice>
      ) : null}
      <form
        method="post"
        action="/staff/organs/import"
        enctype="multipart/form-data"
        class="panel"
        novalidate
      >
        <CsrfField token={props.csrfToken} />
        <div class={props.error ? 'field has-error' : 'field'}>
          <label for="field-file">
            机构表文件
            <span class="required" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <p class="field-hint" id="field-file-hint">
            支持 .xlsx 和 CSV（UTF-8），不超过 {props.maxMegabytes} MB、{MAX_IMPORT_ROWS}{' '}
            行。以「网址标识」匹配已有机构：相同的更新，不同的新增。
          </p>
          {props.error ? (
            <p class="field-error" id="field-file-error">
              <span class="visually-hidden">错误：</span>
              {props.error}
            </p>
          ) : null}
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            required
            aria-describedby={described}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            上传并预览
          </button>
          <a class="button" href="/staff/organs/export.xlsx" download>
            下载模板（当前机构表）
          </a>
        </div>
      </form>
      <section class="panel" aria-labelledby="columns-title">
        <h2 id="columns-title">文件格式</h2>
        <p>
          第一行为表头，列的顺序不限。带 *
          的列必须有。更新已有机构时，空白单元格和缺少的列都保留原值（如需清空某项，请在机构编辑页面操作）。
        </p>
        <div class="table-wrap">
          <table class="data-table import-format">
            <caption class="visually-hidden">导入文件的列</caption>
            <thead>
              <tr>
                <th scope="col">列名</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {ORGAN_COLUMNS.map((col) => (
                <tr>
                  <th scope="row">
                    {col.header}
                    {col.isRequired ? (
                      <span class="required" aria-label="（必需）">
                        {' '}
                        *
                      </span>
                    ) : null}
                  </th>
                  <td>{col.hint || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </StaffLayout>
  );
}

const ACTION_BADGE: Record<ImportAction, string> = {
  create: 'badge-ok',
  update: 'badge-info',
  unchanged: 'badge-muted',
  invalid: 'badge-error',
};

function RowDetails(props: { row: PlannedRow }) {
  const { row } = props;
  if (row.errors.length > 0) {
    return (
      <ul class="row-errors">
        {row.errors.map((e) => (
          <li>{e}</li>
        ))}
      </ul>
    );
  }
  if (row.action === 'create' && row.fields) {
    return (
      <span>
        {ORGAN_TYPE_LABELS[row.fields.type]} · {ORGAN_LEVEL_LABELS[row.fields.level]}
        {row.fields.creditCode ? ` · ${row.fields.creditCode}` : ''}
      </span>
    );
  }
  if (row.action === 'update') {
    return (
      <ul class="row-changes">
        {row.changes.map((ch) => (
          <li>
            {ch.label}：<del>{ch.before || '（空）'}</del> → <ins>{ch.after || '（空）'}</ins>
          </li>
        ))}
      </ul>
    );
  }
  return <span class="muted">与现有信息相同</span>;
}

/** The preview page: the token, the plan, and a warning after a refused confirmation. */
export type ImportPreviewViewProps = Frame & {
  token: string;
  preview: ImportPreview;
  warning: string | null;
};

/** The preview page. */
export function ImportPreviewView(props: ImportPreviewViewProps) {
  const { plan } = props.preview;
  const { counts } = plan;
  const isDone = props.preview.isCommitted;
  return (
    <StaffLayout
      title="预览导入"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="organs"
      breadcrumbs={[...CRUMBS, { href: '/staff/organs/import', label: '批量导入机构' }]}
    >
      <PageHeader title="预览导入" lead={`文件「${props.preview.fileName}」，共 ${plan.rows.length} 行。`} />
      <Steps current={isDone ? 2 : 1} />
      {props.warning ? (
        <Notice kind="warning" title="请重新核对">
          {props.warning}
        </Notice>
      ) : null}
      <ul class="import-counts" aria-label="预览结果">
        {(['create', 'update', 'unchanged', 'invalid'] as const).map((a) => (
          <li class={`import-count count-${a}${counts[a] > 0 ? ' is-nonzero' : ''}`}>
            <span class="count-number">{counts[a]}</span> {IMPORT_ACTION_LABELS[a]}
          </li>
        ))}
      </ul>
      {isDone ? (
        <Notice kind="success" title="该文件已导入">
          这个文件已经导入过，不会重复写入。<a href="/staff/organs">返回机构列表</a>
        </Notice>
      ) : counts.invalid > 0 ? (
        <Notice kind="error" title={`有 ${counts.invalid} 行存在错误，整个文件都不会导入`}>
          请按下表「说明」一栏修改文件后 <a href="/staff/organs/import">重新上传</a>。没有任何机构被修改。
        </Notice>
      ) : !plan.isCommittable ? (
        <Notice kind="info" title="没有需要导入的内容">
          文件中的机构与现有信息完全相同。<a href="/staff/organs">返回机构列表</a>
        </Notice>
      ) : (
        <form method="post" action={`/staff/organs/import/${props.token}`} class="panel confirm-panel">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="fingerprint" value={props.preview.fingerprint} />
          <p>
            将新增 <strong>{counts.create}</strong> 个、更新 <strong>{counts.update}</strong>{' '}
            个机构。导入一次完成：任何一行失败，全部不写入。 预览有效期至{' '}
            {beijingMinute(props.preview.expiresAt)}。
          </p>
          <div class="form-actions">
            <button type="submit" class="button button-primary">
              确认导入
            </button>
            <a class="button" href="/staff/organs/import">
              放弃，重新上传
            </a>
          </div>
        </form>
      )}
      <div class="table-wrap">
        <table class="data-table import-table">
          <caption class="visually-hidden">逐行预览，共 {plan.rows.length} 行</caption>
          <thead>
            <tr>
              <th scope="col">行号</th>
              <th scope="col">结果</th>
              <th scope="col">名称</th>
              <th scope="col">网址标识</th>
              <th scope="col">上级机构</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr class={row.action === 'invalid' ? 'row-invalid' : undefined}>
                <td>{row.line}</td>
                <td>
                  <span class={`badge ${ACTION_BADGE[row.action]}`}>{IMPORT_ACTION_LABELS[row.action]}</span>
                </td>
                <th scope="row">{row.name || <span class="muted">（空）</span>}</th>
                <td>
                  <code>{row.slug}</code>
                </td>
                <td>{row.parentName || <span class="muted">—</span>}</td>
                <td>
                  <RowDetails row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </StaffLayout>
  );
}
