/**
 * 导入表二数据: the upload form (one .xlsx or .csv, many organs × years), the columns it must have,
 * and the preview — every error by row and column, the rows that will be written, 确认导入 only
 * when no row has an error — or, once committed, how many rows were written.
 */
import type { FiguresImportPreview } from '../../app/annual-report/figures-import.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  FIGURES_IMPORT_COLUMNS,
  MAX_FIGURES_IMPORT_ROWS,
  type PlannedFigures,
} from '../../domain/annual-report/figures-import.ts';
import { beijingMinute } from '../../domain/calendar/beijing-time.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ImportIssues } from './import-issues.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

const CRUMBS = [
  { href: '/staff/statistics/reports', label: '年度报告报送情况' },
  { href: '/staff/statistics/figures', label: '表二数据填报' },
];
const SHOWN_ROWS = 50;

/** The upload page. */
export function FiguresImportPageView(props: {
  actor: Actor;
  csrfToken: string;
  error: string | null;
  megabytes: number;
}) {
  const id = 'field-sheet';
  return (
    <StaffLayout
      title="导入表二数据"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="statistics"
      breadcrumbs={CRUMBS}
    >
      <PageHeader
        title="导入表二数据"
        lead="一次导入多个机关、多个年度的行政许可、行政处罚、行政强制决定数和行政事业性收费金额。上传后先预览，确认后才写入；文件中任何一行有错误，全部不写入。"
      />
      <p>
        <a href="/staff/statistics/figures/import/template.xlsx">下载模板（.xlsx）</a>
      </p>
      <form
        method="post"
        action="/staff/statistics/figures/import"
        enctype="multipart/form-data"
        class="panel"
      >
        <CsrfField token={props.csrfToken} />
        <div class={props.error ? 'field has-error' : 'field'}>
          <label for={id}>
            数据文件
            <span class="required" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <p class="field-hint" id={`${id}-hint`}>
            {`Excel（.xlsx）或 CSV 文件，不超过 ${props.megabytes} MB、${MAX_FIGURES_IMPORT_ROWS} 行；第一行为表头。`}
          </p>
          {props.error ? (
            <p class="field-error" id={`${id}-error`}>
              <span class="visually-hidden">错误：</span>
              {props.error}
            </p>
          ) : null}
          <input
            id={id}
            name="sheet"
            type="file"
            accept=".xlsx,.csv"
            required
            aria-describedby={props.error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={props.error ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="button button-primary">
          上传并预览
        </button>
      </form>
      <section class="panel" aria-labelledby="fi-columns">
        <h2 id="fi-columns">文件的列</h2>
        <div class="table-wrap" role="region" aria-labelledby="fi-columns" tabindex={0}>
          <table class="data-table">
            <caption class="visually-hidden">文件的列</caption>
            <thead>
              <tr>
                <th scope="col">表头</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {FIGURES_IMPORT_COLUMNS.map((column) => (
                <tr>
                  <th scope="row">{`${column.header}${column.isRequired ? '（必需）' : ''}`}</th>
                  <td>{column.hint}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </StaffLayout>
  );
}

function Rows(props: { rows: readonly PlannedFigures[] }) {
  const shown = props.rows.slice(0, SHOWN_ROWS);
  const cell = (v: number | string | null) => (v === null ? '（空）' : String(v));
  return (
    <div class="table-wrap" role="region" aria-labelledby="fi-rows" tabindex={0}>
      <table class="data-table import-table">
        <caption id="fi-rows">{`将写入 ${props.rows.length} 行${props.rows.length > shown.length ? `（下表列出前 ${shown.length} 行）` : ''}`}</caption>
        <thead>
          <tr>
            <th scope="col">行号</th>
            <th scope="col">机关</th>
            <th scope="col">年度</th>
            <th scope="col">行政许可</th>
            <th scope="col">行政处罚</th>
            <th scope="col">行政强制</th>
            <th scope="col">收费（万元）</th>
            <th scope="col">来源系统</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr>
              <td class="cell-number">{r.line}</td>
              <td>{r.organName}</td>
              <td>{r.year}</td>
              <td class="cell-number">{cell(r.figures.licensing)}</td>
              <td class="cell-number">{cell(r.figures.penalties)}</td>
              <td class="cell-number">{cell(r.figures.coercion)}</td>
              <td class="cell-number">{cell(r.figures.feesWanYuan)}</td>
              <td>{r.figures.sourceSystem || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The preview page, or the result once committed. */
export function FiguresImportPreviewView(props: {
  actor: Actor;
  csrfToken: string;
  token: string;
  preview: FiguresImportPreview;
  warning: string | null;
}) {
  const { preview, token } = props;
  const plan = preview.plan;
  const title = plan === null ? '表二数据已导入' : '导入预览';
  return (
    <StaffLayout
      title={title}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="statistics"
      breadcrumbs={CRUMBS}
    >
      <PageHeader title={title} lead={`文件「${preview.fileName}」。`} />
      {props.warning ? <Notice kind="error">{props.warning}</Notice> : null}
      {plan === null ? (
        <Notice kind="success">{`已写入 ${preview.written ?? 0} 行，每一行的新旧数据都已记入审计日志。`}</Notice>
      ) : plan.errors.length > 0 ? (
        <>
          <Notice kind="error" title={`文件中有 ${plan.errors.length} 处错误，整个文件都不会导入`}>
            请按下方错误清单修改后 <a href="/staff/statistics/figures/import">重新上传</a>。没有写入任何数据。
          </Notice>
          <ImportIssues
            title="错误"
            issues={plan.errors}
            csvHref={`/staff/statistics/figures/import/${token}/issues.csv`}
            isError
          />
        </>
      ) : (
        <>
          <Rows rows={plan.rows} />
          <form
            method="post"
            action={`/staff/statistics/figures/import/${token}`}
            class="panel confirm-panel"
          >
            <CsrfField token={props.csrfToken} />
            <p>
              {`确认后一次写入 ${plan.rows.length} 行：已填报过的机关和年度将被覆盖（旧数据保留在审计日志中）。任何一行写入失败，全部不写入。预览有效期至 ${beijingMinute(preview.expiresAt)}。`}
            </p>
            <div class="form-actions">
              <button type="submit" class="button button-primary">
                确认导入
              </button>
              <a class="button" href="/staff/statistics/figures/import">
                放弃，重新上传
              </a>
            </div>
          </form>
        </>
      )}
    </StaffLayout>
  );
}
