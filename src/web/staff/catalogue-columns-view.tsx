/**
 * 主动公开 › 栏目设置: the organ's 法定主动公开内容 columns as an indented table (name, code, 依据,
 * items), 上移/下移/删除 as small forms (no JavaScript), and one form to add a column or change
 * the one chosen with 修改 (name, code, 依据, parent).
 */
import type { FieldErrors } from '../../app/failures.ts';
import type { CatalogueEditor } from '../../app/publishing/catalogue-editor.ts';
import type { CatalogueNode } from '../../app/publishing/catalogue.ts';
import type { CatalogueColumnRow } from '../../db/queries/publishing/catalogue.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { MAX_BASIS_LENGTH, MAX_NAME_LENGTH } from '../../domain/publishing/catalogue-tree.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ErrorSummary, Notice, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

export const COLUMN_LABELS = { name: '栏目名称', slug: '栏目代码', basis: '公开依据', parent: '上级栏目' };

export type ColumnsViewProps = {
  actor: Actor;
  csrfToken: string;
  organId: number;
  editor: CatalogueEditor;
  /** The column being changed (null: the form adds one). */
  editing: CatalogueColumnRow | null;
  values: Record<string, string>;
  errors: FieldErrors;
  notice: { kind: 'success' | 'error'; text: string } | null;
};

function RowButton(props: {
  p: ColumnsViewProps;
  edit: 'up' | 'down' | 'delete';
  column: CatalogueColumnRow;
  label: string;
}) {
  const { p, column } = props;
  return (
    <form method="post" action={`/staff/items/columns?organ=${p.organId}`} class="inline-form">
      <CsrfField token={p.csrfToken} />
      <input type="hidden" name="edit" value={props.edit} />
      <input type="hidden" name="id" value={String(column.id)} />
      <input type="hidden" name="version" value={String(p.editor.version)} />
      <button type="submit" class={props.edit === 'delete' ? 'link-button cat-delete' : 'link-button'}>
        {props.label}
        <span class="visually-hidden"> {column.name}</span>
      </button>
    </form>
  );
}

function ColumnRow(props: {
  p: ColumnsViewProps;
  column: CatalogueColumnRow;
  depth: number;
  isFirst: boolean;
  isLast: boolean;
}) {
  const { p, column } = props;
  const items = p.editor.itemCounts.get(column.id) ?? 0;
  return (
    <tr>
      <th scope="row" class={`cat-name cat-depth-${props.depth}`}>
        {column.name}
        {p.editor.reserved.has(column.slug) ? <span class="cat-tag">默认归入</span> : null}
      </th>
      <td>
        <code>{column.slug}</code>
      </td>
      <td>{column.basis}</td>
      <td class="cell-number">{items}</td>
      <td class="cell-actions cat-actions">
        {props.isFirst ? null : <RowButton p={p} edit="up" column={column} label="上移" />}
        {props.isLast ? null : <RowButton p={p} edit="down" column={column} label="下移" />}
        <a href={`/staff/items/columns?organ=${p.organId}&edit=${column.id}#column-form`}>
          修改<span class="visually-hidden"> {column.name}</span>
        </a>
        {p.editor.reserved.has(column.slug) ? null : (
          <RowButton p={p} edit="delete" column={column} label="删除" />
        )}
      </td>
    </tr>
  );
}

function ColumnRows(props: { p: ColumnsViewProps; tree: readonly CatalogueNode[] }) {
  return (
    <>
      {props.tree.map((top, i) => (
        <>
          <ColumnRow
            p={props.p}
            column={top}
            depth={1}
            isFirst={i === 0}
            isLast={i === props.tree.length - 1}
          />
          {top.children.map((child, j) => (
            <ColumnRow
              p={props.p}
              column={child}
              depth={2}
              isFirst={j === 0}
              isLast={j === top.children.length - 1}
            />
          ))}
        </>
      ))}
    </>
  );
}

function ColumnForm(props: { p: ColumnsViewProps }) {
  const { p } = props;
  const editing = p.editing;
  const v = p.values;
  const parentValue =
    v.parent ?? (editing === null || editing.parentId === null ? '' : String(editing.parentId));
  const parents = p.editor.tree.filter((t) => t.id !== editing?.id);
  return (
    <section class="cat-form" id="column-form" aria-labelledby="column-form-title">
      <h2 id="column-form-title">{editing ? `修改栏目「${editing.name}」` : '新增栏目'}</h2>
      <ErrorSummary errors={p.errors} labels={COLUMN_LABELS} />
      <form method="post" action={`/staff/items/columns?organ=${p.organId}`}>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="edit" value={editing ? 'update' : 'add'} />
        <input type="hidden" name="version" value={v.version ?? String(p.editor.version)} />
        {editing ? <input type="hidden" name="id" value={String(editing.id)} /> : null}
        <TextField
          name="name"
          label={COLUMN_LABELS.name}
          value={v.name ?? editing?.name ?? ''}
          error={p.errors.name}
          isRequired
          maxLength={MAX_NAME_LENGTH}
        />
        <TextField
          name="slug"
          label={COLUMN_LABELS.slug}
          value={v.slug ?? editing?.slug ?? ''}
          error={p.errors.slug}
          hint="用于网址 /gk/c/栏目代码：小写字母、数字和连字符；新增时留空则自动生成。已有发布信息的栏目和系统默认归入的栏目，代码不能修改。"
          maxLength={63}
        />
        <TextField
          name="basis"
          label={COLUMN_LABELS.basis}
          value={v.basis ?? editing?.basis ?? ''}
          error={p.errors.basis}
          hint="如「第二十条（三）」，门户显示为「《条例》第二十条（三）」；可留空"
          maxLength={MAX_BASIS_LENGTH}
        />
        <div class={p.errors.parent ? 'field has-error' : 'field'}>
          <label for="field-parent">{COLUMN_LABELS.parent}</label>
          {p.errors.parent ? (
            <p class="field-error" id="field-parent-error">
              {p.errors.parent}
            </p>
          ) : null}
          <select id="field-parent" name="parent" aria-invalid={p.errors.parent ? 'true' : undefined}>
            <option value="" selected={parentValue === ''}>
              （无，作为第一级栏目）
            </option>
            {parents.map((t) => (
              <option value={String(t.id)} selected={parentValue === String(t.id)}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button-primary">
          {editing ? '保存修改' : '新增栏目'}
        </button>
        {editing ? (
          <a class="button" href={`/staff/items/columns?organ=${p.organId}`}>
            取消
          </a>
        ) : null}
      </form>
    </section>
  );
}

/** The page. */
export function CatalogueColumnsView(p: ColumnsViewProps) {
  return (
    <StaffLayout
      title="栏目设置"
      actor={p.actor}
      csrfToken={p.csrfToken}
      section="items"
      breadcrumbs={[{ href: `/staff/items?organ=${p.organId}`, label: '主动公开' }]}
    >
      <PageHeader
        title="栏目设置"
        lead={`${p.editor.organName}的法定主动公开内容栏目，门户按此显示。栏目最多两级；修改记入审计日志。`}
      >
        <a class="button" href={`/staff/items/directory?organ=${p.organId}`}>
          主动公开事项目录
        </a>
      </PageHeader>
      {p.notice ? <Notice kind={p.notice.kind}>{p.notice.text}</Notice> : null}
      <div class="table-wrap">
        <table class="data-table cat-table">
          <caption class="visually-hidden">栏目列表，按门户显示顺序，子栏目缩进</caption>
          <thead>
            <tr>
              <th scope="col">栏目</th>
              <th scope="col">栏目代码</th>
              <th scope="col">公开依据</th>
              <th scope="col">信息数</th>
              <th scope="col">
                <span class="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <ColumnRows p={p} tree={p.editor.tree} />
          </tbody>
        </table>
      </div>
      <p class="field-hint">
        「默认归入」的栏目是未选栏目的信息按类别自动归入的栏目，以及按有效性自动列出的废止和失效栏目：可以改名和移动，不能删除。
        有信息的栏目不能删除。
      </p>
      <ColumnForm p={p} />
      {p.editor.missingDefaults > 0 ? (
        <form method="post" action={`/staff/items/columns?organ=${p.organId}`} class="cat-restore">
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="edit" value="restore" />
          <input type="hidden" name="version" value={String(p.editor.version)} />
          <p>已删除 {p.editor.missingDefaults} 个默认栏目。</p>
          <button type="submit" class="button">
            恢复默认栏目
          </button>
        </form>
      ) : null}
    </StaffLayout>
  );
}
