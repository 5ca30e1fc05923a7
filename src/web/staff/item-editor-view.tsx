/**
 * 主动公开 › 起草 / 修改 / 修订: the item's metadata (as the portal's header table shows it), the
 * body (typed or pasted text, HTML, or a Word file converted to clean HTML), the columns, and for a
 * 解读 the documents it interprets. A revision also asks for the 修订说明 shown to the public.
 */
import type { FieldErrors } from '../../app/failures.ts';
import type { CatalogueNode } from '../../app/publishing/catalogue.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { topicOptions } from '../../domain/publishing/topics.ts';
import {
  GENRES,
  INTERPRETATION_FORM_LABELS,
  INTERPRETATION_FORMS,
  ITEM_KIND_LABELS,
  ITEM_KINDS,
  VALIDITIES,
  VALIDITY_LABELS,
} from '../../domain/publishing/vocabulary.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import type { RollupOrganChoice } from '../../app/publishing/editor-context.ts';
import { REPORT_FIELD_LABELS, ReportFields } from './item-report-fields.tsx';
import { BodyFormatChoice, ErrorSummary, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

export const ITEM_FIELD_LABELS: Record<string, string> = {
  kind: '信息类别',
  title: '标题',
  docNumber: '文号',
  coOrgans: '联合发文机关',
  writtenOn: '成文日期',
  effectiveOn: '实施日期',
  formedOn: '形成或变更日期',
  topic: '主题分类',
  genre: '体裁',
  keywords: '关键词',
  summary: '内容概述',
  interpretationForm: '解读形式',
  validity: '有效性',
  body: '正文',
  columns: '所属栏目',
  documents: '解读的文件',
  note: '修订说明',
  warningReason: '仍然发布的理由',
  ...REPORT_FIELD_LABELS,
};

export type EditorProps = {
  actor: Actor;
  csrfToken: string;
  mode: 'new' | 'edit' | 'revise';
  action: string;
  organName: string;
  values: Record<string, string>;
  bodyText: string;
  selectedColumns: readonly string[];
  selectedDocuments: readonly string[];
  columns: readonly CatalogueNode[];
  documents: readonly { id: number; title: string }[];
  errors: FieldErrors;
  version: number | null;
  /** Years of the organ's stored report data (年度报告). */
  reportDataYears: readonly number[];
  /** The 年度报告 file the item has (edit, revise). */
  reportFile: string | null;
  /** The organ and the organs below it (「由下级机关汇总」). */
  rollupOrgans: readonly RollupOrganChoice[];
  /** The roll-up's chosen organ ids (posted or stored); null: all. */
  selectedRollup: readonly string[] | null;
};

function Select(props: {
  name: string;
  value: string;
  options: readonly (readonly [string, string])[];
  error?: string | undefined;
  multiple?: boolean;
  selected?: readonly string[];
}) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={id}>{ITEM_FIELD_LABELS[props.name]}</label>
      {props.error ? (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <select
        id={id}
        name={props.name}
        multiple={props.multiple}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.options.map(([value, label]) => (
          <option
            value={value}
            selected={props.multiple ? (props.selected ?? []).includes(value) : value === props.value}
          >
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

const TITLES = { new: '起草主动公开信息', edit: '修改草稿', revise: '修订已发布信息' } as const;

/** The editor page. */
export function ItemEditorView(props: EditorProps) {
  const v = props.values;
  const e = props.errors;
  const text = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      name={name}
      label={ITEM_FIELD_LABELS[name]!}
      value={v[name] ?? ''}
      error={e[name]}
      {...extra}
    />
  );
  const columnOptions = props.columns.flatMap((top) => [
    [top.slug, top.name] as const,
    ...top.children.map((c) => [c.slug, `${top.name} › ${c.name}`] as const),
  ]);
  return (
    <StaffLayout
      title={TITLES[props.mode]}
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="items"
      breadcrumbs={[{ href: '/staff/items', label: '主动公开' }]}
    >
      <PageHeader
        title={TITLES[props.mode]}
        lead={`${props.organName}。保存后在信息页提交审核；发布前会检查个人信息、植入文字、日期和文号。`}
      />
      <ErrorSummary errors={e} labels={ITEM_FIELD_LABELS} />
      <form method="post" action={props.action} enctype="multipart/form-data" class="item-editor">
        <CsrfField token={props.csrfToken} />
        {props.version === null ? null : <input type="hidden" name="version" value={String(props.version)} />}
        <fieldset>
          <legend>基本信息</legend>
          <Select
            name="kind"
            value={v.kind ?? 'notice'}
            options={ITEM_KINDS.map((k) => [k, ITEM_KIND_LABELS[k]] as const)}
            error={e.kind}
          />
          {text('title', { isRequired: true, maxLength: 200 })}
          {text('docNumber', {
            hint: '公文填写发文字号，如“博政发〔2026〕3号”；方括号、圆括号会自动改为六角括号。非公文留空。',
          })}
          {text('coOrgans', { hint: '联合发文时填写其他发文机关，用顿号分隔' })}
          {text('writtenOn', { type: 'date' })}
          {text('effectiveOn', { type: 'date' })}
          {text('formedOn', {
            type: 'date',
            hint: '条例第二十六条：自形成或者变更之日起20个工作日内公开。留空则取成文日期或今天。',
          })}
          <Select
            name="topic"
            value={v.topic ?? ''}
            options={[
              ['', '（未分类）'] as const,
              ...topicOptions().map((t) => [t, t.replace('\\', ' › ')] as const),
            ]}
            error={e.topic}
          />
          <Select
            name="genre"
            value={v.genre ?? '通知'}
            options={GENRES.map((g) => [g, g] as const)}
            error={e.genre}
          />
          {text('keywords')}
          <div class={e.summary ? 'field has-error' : 'field'}>
            <label for="field-summary">{ITEM_FIELD_LABELS.summary}</label>
            {e.summary ? <p class="field-error">{e.summary}</p> : null}
            <textarea id="field-summary" name="summary" rows={2} maxlength={2000}>
              {v.summary ?? ''}
            </textarea>
          </div>
          <Select
            name="validity"
            value={v.validity ?? 'inForce'}
            options={VALIDITIES.map((x) => [x, VALIDITY_LABELS[x]] as const)}
            error={e.validity}
          />
          <Select
            name="interpretationForm"
            value={v.interpretationForm ?? 'text'}
            options={INTERPRETATION_FORMS.map((x) => [x, INTERPRETATION_FORM_LABELS[x]] as const)}
            error={e.interpretationForm}
          />
          <p class="field-hint">有效性只用于规章和行政规范性文件；解读形式只用于政策解读。</p>
        </fieldset>
        <fieldset>
          <legend>栏目和关联</legend>
          <Select
            name="columns"
            value=""
            multiple
            options={columnOptions}
            selected={props.selectedColumns}
            error={e.columns}
          />
          <p class="field-hint">不选则按信息类别放入默认栏目。</p>
          <Select
            name="documents"
            value=""
            multiple
            options={props.documents.map((d) => [String(d.id), d.title] as const)}
            selected={props.selectedDocuments}
            error={e.documents}
          />
          <p class="field-hint">政策解读须关联它所解读的文件；文件页面和解读页面会互相链接。</p>
        </fieldset>
        <fieldset>
          <legend>正文</legend>
          {e.body ? <p class="field-error">{e.body}</p> : null}
          <div class="field">
            <label for="field-body">正文（纯文本，每段一行；或选择“HTML”后粘贴网页内容）</label>
            <textarea id="field-body" name="body" rows={14}>
              {props.bodyText}
            </textarea>
          </div>
          <BodyFormatChoice format={v.bodyFormat} />
          <div class="field">
            <label for="field-bodyDocx">或上传 Word 文件作为正文（.docx）</label>
            <input id="field-bodyDocx" name="bodyDocx" type="file" accept=".docx" />
          </div>
        </fieldset>
        {v.kind === 'annualReport' || props.mode === 'new' ? (
          <ReportFields
            values={v}
            errors={e}
            dataYears={props.reportDataYears}
            currentFile={props.reportFile}
            rollupOrgans={props.rollupOrgans}
            selectedRollup={props.selectedRollup}
          />
        ) : null}
        {props.mode === 'revise' ? (
          <fieldset>
            <legend>修订</legend>
            {text('note', { isRequired: true, hint: '公众页面显示“修订于…”和本说明' })}
            {text('warningReason', { hint: '检查有提示时，写明为何仍然发布' })}
          </fieldset>
        ) : null}
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            {props.mode === 'revise' ? '发布修订' : '保存草稿'}
          </button>
          <a class="button" href="/staff/items">
            取消
          </a>
        </div>
      </form>
    </StaffLayout>
  );
}
