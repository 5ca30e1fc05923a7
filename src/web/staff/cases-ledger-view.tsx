/**
 * 台账导入与导出: the upload form (organ, file, what the file must look like) and the export form
 * (organ, year, status, result, 公开版 / 内部台账, .xlsx / CSV). Both are plain forms: the upload
 * posts multipart with the CSRF field, the export is a GET that downloads.
 */
import type { Actor } from '../../domain/access/roles.ts';
import { DECISIONS, DECISION_LABELS } from '../../domain/case/decisions.ts';
import { MAX_LEDGER_ROWS } from '../../domain/case/ledger/ledger-case.ts';
import { LEDGER_COLUMNS } from '../../domain/case/ledger/ledger-columns.ts';
import {
  LEDGER_EXPORT_KIND_LABELS,
  LEDGER_EXPORT_KINDS,
} from '../../domain/case/ledger/ledger-export-row.ts';
import { RESULT_BUCKET_LABELS } from '../../domain/case/ledger/plan-ledger-import.ts';
import { CASE_STATUSES, CASE_STATUS_LABELS } from '../../domain/case/status.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { Notice, PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** The trail above the ledger pages. */
export const LEDGER_CRUMBS = [{ href: '/staff/cases', label: '依申请公开' }];

/** What the ledger page shows. */
export type LedgerPageProps = {
  actor: Actor;
  csrfToken: string;
  /** Organs the person may import into (work.handle); empty: no upload form. */
  importOrgans: readonly Organ[];
  /** Organs whose cases the person may export. */
  exportOrgans: readonly Organ[];
  /** Why the last upload was refused, by field ('file' or 'organId'). */
  errors: Readonly<Record<string, string>>;
  organId: number | null;
  maxMegabytes: number;
  thisYear: number;
};

function FieldError(props: { id: string; message: string | undefined }) {
  return props.message ? (
    <p class="field-error" id={props.id}>
      <span class="visually-hidden">错误：</span>
      {props.message}
    </p>
  ) : null;
}

function UploadForm(props: LedgerPageProps) {
  const { errors } = props;
  return (
    <form
      method="post"
      action="/staff/cases/ledger"
      enctype="multipart/form-data"
      class="panel"
      novalidate
      aria-labelledby="upload-title"
    >
      <h2 id="upload-title">导入台账</h2>
      <p>
        把以往在 Excel
        中登记的依申请公开案件导入平台。先预览核对，确认后一次性导入；任何一行有错误，整个文件都不会写入。
      </p>
      <CsrfField token={props.csrfToken} />
      <div class={errors.organId ? 'field has-error' : 'field'}>
        <label for="field-organId">
          受理机关
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <FieldError id="field-organId-error" message={errors.organId} />
        <select
          id="field-organId"
          name="organId"
          required
          aria-invalid={errors.organId ? 'true' : undefined}
          aria-describedby={errors.organId ? 'field-organId-error' : undefined}
        >
          {props.importOrgans.length > 1 ? <option value="">请选择</option> : null}
          {props.importOrgans.map((o) => (
            <option value={String(o.id)} selected={o.id === props.organId}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div class={errors.file ? 'field has-error' : 'field'}>
        <label for="field-file">
          台账文件
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <p class="field-hint" id="field-file-hint">
          支持 .xlsx 和 CSV（UTF-8 或 GBK/GB18030），不超过 {props.maxMegabytes} MB、{MAX_LEDGER_ROWS}{' '}
          行。第一行（或标题行下面一行）为表头。
        </p>
        <FieldError id="field-file-error" message={errors.file} />
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          required
          aria-describedby={errors.file ? 'field-file-hint field-file-error' : 'field-file-hint'}
          aria-invalid={errors.file ? 'true' : undefined}
        />
      </div>
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          上传并预览
        </button>
        <a class="button" href="/staff/cases/ledger/template.xlsx" download>
          下载模板
        </a>
      </div>
    </form>
  );
}

function ColumnsTable() {
  return (
    <section class="panel" aria-labelledby="columns-title">
      <h2 id="columns-title">台账文件的列</h2>
      <p>列的顺序不限，表头可使用下表“也可写作”中的名称；不认识的列（如备注）会被忽略。带 * 的列必须有。</p>
      <div class="table-wrap">
        <table class="data-table import-format">
          <caption class="visually-hidden">台账文件的列</caption>
          <thead>
            <tr>
              <th scope="col">列名</th>
              <th scope="col">也可写作</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {LEDGER_COLUMNS.map((col) => (
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
                <td>{col.aliases.join('、') || '—'}</td>
                <td>{col.hint}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Choice(props: {
  name: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <div class="field">
      <label for={`export-${props.name}`}>{props.label}</label>
      <select id={`export-${props.name}`} name={props.name}>
        <option value="">全部</option>
        {props.options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

function Radios(props: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string; hint?: string }>;
}) {
  return (
    <fieldset class="field">
      <legend>{props.legend}</legend>
      {props.options.map((o, i) => (
        <div class="check-field">
          <label>
            <input type="radio" name={props.name} value={o.value} checked={i === 0} /> {o.label}
          </label>
          {o.hint ? <p class="field-hint">{o.hint}</p> : null}
        </div>
      ))}
    </fieldset>
  );
}

function ExportForm(props: LedgerPageProps) {
  const years = Array.from({ length: props.thisYear - 2007 }, (_, i) => String(props.thisYear - i));
  const groups = (
    ['granted', 'partlyGranted', 'withheld', 'unavailable', 'notProcessed', 'other'] as const
  ).map((g) => ({ value: g, label: `${RESULT_BUCKET_LABELS[g]}（全部）` }));
  const leaves = DECISIONS.filter((d) => d.includes('.')).map((d) => ({
    value: d,
    label: DECISION_LABELS[d].row,
  }));
  return (
    <form method="get" action="/staff/cases/export" class="panel" aria-labelledby="export-title">
      <h2 id="export-title">导出台账</h2>
      <p>
        导出您有权查看的案件。公开版对自然人的姓名、证件号码、电话、电子邮箱和住址作遮盖处理，适合对外提供或上报；内部台账含完整信息，仅供内部工作使用，导出操作记入审计日志。
      </p>
      <div class="filter-grid">
        <Choice
          name="organ"
          label="受理机关"
          options={props.exportOrgans.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <Choice
          name="year"
          label="收到申请年份"
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Choice
          name="status"
          label="办理状态"
          options={[
            { value: 'open', label: '尚未办结（全部）' },
            ...CASE_STATUSES.map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] })),
          ]}
        />
        <Choice name="decision" label="办理结果" options={[...groups, ...leaves]} />
      </div>
      <Radios
        name="kind"
        legend="导出类型"
        options={LEDGER_EXPORT_KINDS.map((k) => ({
          value: k,
          label: LEDGER_EXPORT_KIND_LABELS[k],
          hint: k === 'public' ? '个人信息已遮盖（默认）' : '含完整个人信息，请妥善保管',
        }))}
      />
      <Radios
        name="format"
        legend="文件格式"
        options={[
          { value: 'xlsx', label: 'Excel（.xlsx）' },
          { value: 'csv', label: 'CSV（UTF-8）' },
        ]}
      />
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          导出
        </button>
      </div>
    </form>
  );
}

/** The ledger page: upload (when the person works in an organ) and export. */
export function LedgerPageView(props: LedgerPageProps) {
  const hasErrors = Object.keys(props.errors).length > 0;
  return (
    <StaffLayout
      title="台账导入与导出"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="cases"
      breadcrumbs={LEDGER_CRUMBS}
    >
      <PageHeader
        title="台账导入与导出"
        lead="导入以往的依申请公开台账，或按条件导出台账（Excel 或 CSV）。"
      />
      {hasErrors ? (
        <Notice kind="error" title="文件无法导入">
          {Object.values(props.errors).join(' ')}
        </Notice>
      ) : null}
      {props.importOrgans.length > 0 ? <UploadForm {...props} /> : null}
      {props.exportOrgans.length > 0 ? <ExportForm {...props} /> : null}
      {props.importOrgans.length > 0 ? <ColumnsTable /> : null}
    </StaffLayout>
  );
}
