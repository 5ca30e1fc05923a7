/**
 * Form pieces for staff pages: an error summary that links to each field, labelled fields with
 * their error next to them (`aria-describedby`, `aria-invalid`), and notices.
 */
import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../app/failures.ts';

/** The list of problems at the top of a form (focus target after a failed submit). */
export function ErrorSummary(props: { errors: FieldErrors; labels: Readonly<Record<string, string>> }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) {
    return null;
  }
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">提交的内容有误，请修改后重新提交</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            {props.labels[field] ? (
              <a href={`#field-${field}`}>{`${props.labels[field]}：${message}`}</a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the frame of a field shows: its label (the control's id is `field-<name>`), hint and error. */
export type FieldFrameProps = {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  isRequired?: boolean | undefined;
};

/** The `aria-describedby` of a field's control: its hint and error, when shown. */
export function describedBy(props: FieldFrameProps): string | undefined {
  const id = `field-${props.name}`;
  const described = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return described || undefined;
}

/** A field: its label (* when required), hint and error, then the control (`children`). */
export function FieldFrame(props: FieldFrameProps & { children: Child }) {
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
      {props.hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">错误：</span>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** A text input's label, value, hint and error. */
export type TextFieldProps = {
  name: string;
  label: string;
  value?: string;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'password' | 'date';
  autocomplete?: string;
  isRequired?: boolean;
  isReadOnly?: boolean;
  maxLength?: number;
  inputClass?: string;
};

/** A labelled input with its hint and error. */
export function TextField(props: TextFieldProps) {
  return (
    <FieldFrame {...props}>
      <input
        id={`field-${props.name}`}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        class={props.inputClass}
        autocomplete={props.autocomplete}
        required={props.isRequired}
        readonly={props.isReadOnly}
        maxlength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

/** How a pasted body is read: 纯文本 (checked unless `format` is 'html') or HTML (cleaned). */
export function BodyFormatChoice(props: { format: string | undefined }) {
  return (
    <div class="field field-inline">
      <input type="radio" id="format-text" name="bodyFormat" value="text" checked={props.format !== 'html'} />
      <label for="format-text">纯文本</label>
      <input type="radio" id="format-html" name="bodyFormat" value="html" checked={props.format === 'html'} />
      <label for="format-html">HTML（脚本、样式和外部图片会被清除）</label>
    </div>
  );
}

/** A coloured message box. */
export function Notice(props: {
  kind: 'success' | 'info' | 'warning' | 'error';
  title?: string;
  children?: Child;
}) {
  return (
    <div
      class={`notice notice-${props.kind}`}
      role={props.kind === 'error' || props.kind === 'warning' ? 'alert' : 'status'}
    >
      {props.title ? <p class="notice-title">{props.title}</p> : null}
      {props.children}
    </div>
  );
}

/** The page heading with an optional lead and actions on the right. */
export function PageHeader(props: { title: string; lead?: string | undefined; children?: Child }) {
  return (
    <div class="page-header">
      <div>
        <h1>{props.title}</h1>
        {props.lead ? <p class="page-lead">{props.lead}</p> : null}
      </div>
      {props.children ? <div class="page-actions">{props.children}</div> : null}
    </div>
  );
}
