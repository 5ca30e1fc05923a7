/**
 * 主动公开 › 主动公开事项目录: the organ's rows (事项, 内容, 时限, 主体, 方式, 栏目) with 修改/删除, the
 * form to add or change a row (checkbox lists for 渠道 and 层级, radio buttons for 对象 and 方式, a
 * multiple select for the columns), and 「载入示例目录」 while the 目录 is empty.
 */
import type { FieldErrors } from '../../app/failures.ts';
import type { DirectoryEditor } from '../../app/publishing/directory-entries.ts';
import type { DirectoryEntryRow } from '../../db/queries/publishing/directory.ts';
import type { Actor } from '../../domain/access/roles.ts';
import {
  DEFAULT_TIME_LIMIT,
  DIRECTORY_AUDIENCES,
  DIRECTORY_CHANNELS,
  DIRECTORY_LEVELS,
  DIRECTORY_MODES,
} from '../../domain/publishing/directory.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ErrorSummary, Notice, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

export const DIRECTORY_LABELS = {
  matter: '一级事项',
  subMatter: '二级事项',
  content: '公开内容（要素）',
  basis: '公开依据',
  timeLimit: '公开时限',
  publisher: '公开主体',
  channels: '公开渠道和载体',
  audience: '公开对象',
  mode: '公开方式',
  levels: '公开层级',
  columns: '所属栏目',
};

/** What the form shows: text values and the checked lists. */
export type DirectoryFormValues = {
  fields: Record<string, string>;
  lists: Record<string, readonly string[]>;
};

export type DirectoryViewProps = {
  actor: Actor;
  csrfToken: string;
  organId: number;
  editor: DirectoryEditor;
  editing: DirectoryEntryRow | null;
  values: DirectoryFormValues | null;
  errors: FieldErrors;
  notice: { kind: 'success' | 'error'; text: string } | null;
};

const action = (organId: number) => `/staff/items/directory?organ=${organId}`;

function valuesOf(row: DirectoryEntryRow | null): DirectoryFormValues {
  if (row === null) {
    return {
      fields: { timeLimit: DEFAULT_TIME_LIMIT, audience: 'all', mode: 'proactive' },
      lists: { channels: ['website'], levels: ['county'] },
    };
  }
  const { channels, levels, columns, ...rest } = row;
  const fields = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
  return { fields, lists: { channels, levels, columns: columns.map((c) => c.slug) } };
}

function Area(props: {
  name: keyof typeof DIRECTORY_LABELS;
  v: DirectoryFormValues;
  errors: FieldErrors;
  rows?: number;
  isRequired?: boolean;
}) {
  const id = `field-${props.name}`;
  const error = props.errors[props.name];
  return (
    <div class={error ? 'field dir-field has-error' : 'field dir-field'}>
      <label for={id}>
        {DIRECTORY_LABELS[props.name]}
        {props.isRequired ? <span aria-hidden="true"> *</span> : null}
      </label>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 2}
        required={props.isRequired}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {props.v.fields[props.name] ?? ''}
      </textarea>
    </div>
  );
}

function Line(props: {
  name: 'matter' | 'subMatter' | 'timeLimit' | 'publisher';
  v: DirectoryFormValues;
  errors: FieldErrors;
  isRequired?: boolean;
}) {
  return (
    <TextField
      name={props.name}
      label={DIRECTORY_LABELS[props.name]}
      value={props.v.fields[props.name] ?? ''}
      error={props.errors[props.name]}
      isRequired={props.isRequired ?? false}
      maxLength={props.name === 'matter' || props.name === 'subMatter' ? 100 : 200}
    />
  );
}

function Choices(props: {
  name: 'channels' | 'levels' | 'audience' | 'mode';
  options: Record<string, string>;
  v: DirectoryFormValues;
  errors: FieldErrors;
}) {
  const isList = props.name === 'channels' || props.name === 'levels';
  const checked = (value: string) =>
    isList ? (props.v.lists[props.name] ?? []).includes(value) : props.v.fields[props.name] === value;
  const error = props.errors[props.name];
  return (
    <fieldset class={error ? 'field has-error' : 'field'} id={`field-${props.name}`}>
      <legend>{DIRECTORY_LABELS[props.name]}</legend>
      {error ? <p class="field-error">{error}</p> : null}
      <ul class="dir-checks">
        {Object.entries(props.options).map(([value, label]) => (
          <li>
            <input
              type={isList ? 'checkbox' : 'radio'}
              id={`${props.name}-${value}`}
              name={props.name}
              value={value}
              checked={checked(value)}
            />
            <label for={`${props.name}-${value}`}>{label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function EntryForm(props: { p: DirectoryViewProps }) {
  const { p } = props;
  const v = p.values ?? valuesOf(p.editing);
  const chosen = v.lists.columns ?? [];
  return (
    <section class="dir-form" id="entry-form" aria-labelledby="entry-form-title">
      <h2 id="entry-form-title">{p.editing ? '修改公开事项' : '新增公开事项'}</h2>
      <ErrorSummary errors={p.errors} labels={DIRECTORY_LABELS} />
      <form method="post" action={action(p.organId)}>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="edit" value="save" />
        {p.editing ? (
          <>
            <input type="hidden" name="id" value={String(p.editing.id)} />
            <input type="hidden" name="version" value={v.fields.version ?? String(p.editing.version)} />
          </>
        ) : null}
        <Line name="matter" v={v} errors={p.errors} isRequired />
        <Line name="subMatter" v={v} errors={p.errors} />
        <Area name="content" v={v} errors={p.errors} rows={3} isRequired />
        <Area name="basis" v={v} errors={p.errors} />
        <Line name="timeLimit" v={v} errors={p.errors} isRequired />
        <Line name="publisher" v={v} errors={p.errors} isRequired />
        <Choices name="channels" options={DIRECTORY_CHANNELS} v={v} errors={p.errors} />
        <Choices name="audience" options={DIRECTORY_AUDIENCES} v={v} errors={p.errors} />
        <Choices name="mode" options={DIRECTORY_MODES} v={v} errors={p.errors} />
        <Choices name="levels" options={DIRECTORY_LEVELS} v={v} errors={p.errors} />
        <div class={p.errors.columns ? 'field has-error' : 'field'}>
          <label for="field-columns">{DIRECTORY_LABELS.columns}</label>
          <p class="field-hint" id="field-columns-hint">
            公开本事项信息的栏目，可多选（按住 Ctrl 或 ⌘ 点选）；门户目录中链接到这些栏目。
          </p>
          {p.errors.columns ? <p class="field-error">{p.errors.columns}</p> : null}
          <select id="field-columns" name="columns" multiple size={8} aria-describedby="field-columns-hint">
            {p.editor.tree.flatMap((top) => [
              <option value={top.slug} selected={chosen.includes(top.slug)}>
                {top.name}
              </option>,
              ...top.children.map((c) => (
                <option value={c.slug} selected={chosen.includes(c.slug)}>
                  {`${top.name} › ${c.name}`}
                </option>
              )),
            ])}
          </select>
        </div>
        <button type="submit" class="button button-primary">
          {p.editing ? '保存修改' : '新增事项'}
        </button>
      </form>
    </section>
  );
}

function EntryRow(props: { p: DirectoryViewProps; row: DirectoryEntryRow }) {
  const { p, row } = props;
  const title = row.subMatter === '' ? row.matter : `${row.matter} › ${row.subMatter}`;
  return (
    <tr>
      <th scope="row">
        {title}
        {row.isExample ? <span class="dir-example">示例</span> : null}
      </th>
      <td>{row.content}</td>
      <td>{row.timeLimit}</td>
      <td>{row.publisher}</td>
      <td>{DIRECTORY_MODES[row.mode]}</td>
      <td>
        {row.columns.length === 0 ? (
          <span class="muted">未关联</span>
        ) : (
          row.columns.map((c) => c.name).join('、')
        )}
      </td>
      <td class="cell-actions cat-actions">
        <a href={`${action(p.organId)}&edit=${row.id}#entry-form`}>
          修改<span class="visually-hidden"> {title}</span>
        </a>
        <form method="post" action={action(p.organId)} class="inline-form">
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="edit" value="delete" />
          <input type="hidden" name="id" value={String(row.id)} />
          <input type="hidden" name="version" value={String(row.version)} />
          <button type="submit" class="link-button cat-delete">
            删除<span class="visually-hidden"> {title}</span>
          </button>
        </form>
      </td>
    </tr>
  );
}

/** The page. */
export function DirectoryView(p: DirectoryViewProps) {
  return (
    <StaffLayout
      title="主动公开事项目录"
      actor={p.actor}
      csrfToken={p.csrfToken}
      section="items"
      breadcrumbs={[{ href: `/staff/items?organ=${p.organId}`, label: '主动公开' }]}
    >
      <PageHeader
        title="主动公开事项目录"
        lead={`${p.editor.organName}的政务公开事项标准目录（国办发〔2019〕54号）：公开事项的名称、内容、依据、时限、主体、方式、渠道和公开对象。门户公开此目录；修改记入审计日志。`}
      >
        <a class="button" href={`/staff/items/columns?organ=${p.organId}`}>
          栏目设置
        </a>
      </PageHeader>
      {p.notice ? <Notice kind={p.notice.kind}>{p.notice.text}</Notice> : null}
      {p.editor.entries.length === 0 ? (
        <form method="post" action={action(p.organId)} class="cat-restore">
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="edit" value="examples" />
          <p>
            目录中还没有事项。可以逐条新增，或先载入区县政府的示例事项（标记为“示例”，修改后即为本机关的事项）。
          </p>
          <button type="submit" class="button">
            载入示例目录
          </button>
        </form>
      ) : (
        <div class="table-wrap">
          <table class="data-table dir-table">
            <caption class="visually-hidden">主动公开事项目录，共 {p.editor.entries.length} 项</caption>
            <thead>
              <tr>
                <th scope="col">公开事项</th>
                <th scope="col">公开内容（要素）</th>
                <th scope="col">公开时限</th>
                <th scope="col">公开主体</th>
                <th scope="col">公开方式</th>
                <th scope="col">所属栏目</th>
                <th scope="col">
                  <span class="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {p.editor.entries.map((row) => (
                <EntryRow p={p} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <EntryForm p={p} />
    </StaffLayout>
  );
}
