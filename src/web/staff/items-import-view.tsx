/**
 * 导入已有网站的信息: the upload form (organ, the catalogue sheet, the ZIP of bodies and
 * attachments), the columns the sheet must have, and the limits. Plain multipart form with the
 * CSRF field, like the case ledger's.
 */
import type { Actor } from '../../domain/access/roles.ts';
import {
  ITEM_IMPORT_COLUMNS,
  MAX_ITEM_IMPORT_ROWS,
} from '../../domain/publishing/import/item-import-columns.ts';
import type { Organ } from '../../domain/organs/organ.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { PageHeader } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

/** What the import page shows. */
export type ItemImportPageProps = {
  actor: Actor;
  csrfToken: string;
  organs: readonly Organ[];
  errors: Readonly<Record<string, string>>;
  organId: number | null;
  limits: { sheetMegabytes: number; zipMegabytes: number; zipFiles: number; fileMegabytes: number };
};

/** The trail above the import pages. */
export function importCrumbs(organId: number | null) {
  return [{ href: organId === null ? '/staff/items' : `/staff/items?organ=${organId}`, label: '主动公开' }];
}

function FieldError(props: { id: string; message: string | undefined }) {
  return props.message ? (
    <p class="field-error" id={props.id}>
      <span class="visually-hidden">错误：</span>
      {props.message}
    </p>
  ) : null;
}

function FileField(props: {
  name: string;
  label: string;
  hint: string;
  accept: string;
  error: string | undefined;
  isRequired: boolean;
}) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>
        {props.label}
        {props.isRequired ? (
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <p class="field-hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <FieldError id={`${id}-error`} message={props.error} />
      <input
        id={id}
        name={props.name}
        type="file"
        accept={props.accept}
        required={props.isRequired}
        aria-describedby={props.error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}

function UploadForm(props: ItemImportPageProps) {
  const { errors, limits } = props;
  return (
    <form
      method="post"
      action="/staff/items/import"
      enctype="multipart/form-data"
      class="panel"
      novalidate
      aria-labelledby="upload-title"
    >
      <h2 id="upload-title">上传目录和文件</h2>
      <CsrfField token={props.csrfToken} />
      <div class={errors.organId ? 'field has-error' : 'field'}>
        <label for="field-organId">
          发布机关
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
          {props.organs.length > 1 ? <option value="">请选择</option> : null}
          {props.organs.map((o) => (
            <option value={String(o.id)} selected={o.id === props.organId}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <FileField
        name="sheet"
        label="信息目录"
        hint={`.xlsx 或 CSV（UTF-8 或 GBK/GB18030），不超过 ${limits.sheetMegabytes} MB、${MAX_ITEM_IMPORT_ROWS} 行；每行一条已发布的信息。`}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        error={errors.sheet}
        isRequired
      />
      <FileField
        name="archive"
        label="正文和附件（ZIP）"
        hint={`目录中“正文文件”“附件”列所写的文件，按原路径放在一个 ZIP 中；不超过 ${limits.zipMegabytes} MB、${limits.zipFiles} 个文件，每个文件不超过 ${limits.fileMegabytes} MB。目录不引用文件时可不选。`}
        accept=".zip,application/zip"
        error={errors.archive}
        isRequired={false}
      />
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          上传并预览
        </button>
        <a class="button" href="/staff/items/import/template.xlsx" download>
          下载模板
        </a>
      </div>
    </form>
  );
}

function ColumnsTable() {
  return (
    <section class="panel" aria-labelledby="columns-title">
      <h2 id="columns-title">目录的列</h2>
      <p>列的顺序不限，表头可使用“也可写作”中的名称；不认识的列会被忽略。带 * 的列必须有。</p>
      <div class="table-wrap">
        <table class="data-table import-format">
          <caption class="visually-hidden">目录的列</caption>
          <thead>
            <tr>
              <th scope="col">列名</th>
              <th scope="col">也可写作</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {ITEM_IMPORT_COLUMNS.map((col) => (
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

/** The import page. */
export function ItemImportPageView(props: ItemImportPageProps) {
  return (
    <StaffLayout
      title="导入已有网站的信息"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={importCrumbs(props.organId)}
    >
      <PageHeader
        title="导入已有网站的信息"
        lead="把原政府信息公开网站已发布的信息迁入平台：保留原索引号和发布日期，正文和附件经过与编辑器相同的安全处理。先预览核对，确认后一次性导入；任何一行有错误，整个文件都不会写入。"
      />
      <UploadForm {...props} />
      <ColumnsTable />
    </StaffLayout>
  );
}
