/**
 * Form pieces of the public application form: an error summary linking to each input, text
 * inputs, text areas, radio groups and a select, each with its label, hint and error tied to it
 * (`aria-describedby`, `aria-invalid`). Ids are `field-<name>`, the targets of the summary's links.
 */

/** One problem of the summary: the input it belongs to and the message (which names the field). */
export type SummaryEntry = { input: string; message: string };

/** The list of problems at the top of the form. */
export function ErrorSummary(props: { entries: readonly SummaryEntry[] }) {
  if (props.entries.length === 0) {
    return null;
  }
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabindex={-1}
      id="error-summary"
    >
      <h2 id="error-summary-title">申请未能提交，请修改以下 {props.entries.length} 处后重新提交</h2>
      <ul>
        {props.entries.map((entry) => (
          <li>
            <a href={`#field-${entry.input}`}>{entry.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type Common = {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Marked with * and announced as required. */
  isRequired?: boolean;
  /** Required only for one kind of applicant: marked with * (the group's note says when), not announced. */
  isConditional?: boolean;
};

const ariaRequired = (props: Common) => (props.isRequired && !props.isConditional ? 'true' : undefined);

const describedBy = (id: string, props: Common) =>
  [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') ||
  undefined;

function Label(props: Common & { for: string }) {
  return (
    <label for={props.for}>
      {props.label}
      {props.isRequired || props.isConditional ? (
        <span class="required" aria-hidden="true">
          {' '}
          *
        </span>
      ) : null}
    </label>
  );
}

function HintAndError(props: Common & { id: string }) {
  return (
    <>
      {props.hint ? (
        <p class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field-error" id={`${props.id}-error`}>
          <span class="visually-hidden">错误：</span>
          {props.error}
        </p>
      ) : null}
    </>
  );
}

/** A labelled one-line input. */
export function TextInput(
  props: Common & {
    value: string;
    autocomplete?: string;
    inputMode?: 'text' | 'tel' | 'email' | 'numeric';
    maxLength?: number;
    inputClass?: string;
    spellcheck?: boolean;
  },
) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <Label {...props} for={id} />
      <HintAndError {...props} id={id} />
      <input
        id={id}
        name={props.name}
        type="text"
        value={props.value}
        class={props.inputClass}
        autocomplete={props.autocomplete}
        inputmode={props.inputMode}
        maxlength={props.maxLength}
        spellcheck={props.spellcheck === false ? false : undefined}
        aria-required={ariaRequired(props)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
      />
    </div>
  );
}

/** A labelled text area. */
export function TextArea(props: Common & { value: string; rows: number }) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <Label {...props} for={id} />
      <HintAndError {...props} id={id} />
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        aria-required={ariaRequired(props)}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
      >
        {props.value}
      </textarea>
    </div>
  );
}

export type Option = { value: string; label: string };

/** A group of radio buttons in a fieldset; the first button carries the group's id. */
export function RadioGroup(
  props: Common & { value: string; options: readonly Option[]; isInline?: boolean },
) {
  const id = `field-${props.name}`;
  return (
    <fieldset class={props.error ? 'field has-error' : 'field'} aria-describedby={describedBy(id, props)}>
      <legend>
        {props.label}
        {props.isRequired ? (
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      <HintAndError {...props} id={id} />
      <div class={props.isInline ? 'ap-choices ap-choices-inline' : 'ap-choices'}>
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div class="ap-choice">
              <input
                type="radio"
                id={optionId}
                name={props.name}
                value={option.value}
                checked={props.value === option.value}
                aria-invalid={props.error ? 'true' : undefined}
              />
              <label for={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A labelled select. */
export function SelectInput(props: Common & { value: string; options: readonly Option[] }) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <Label {...props} for={id} />
      <HintAndError {...props} id={id} />
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props)}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={props.value === option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
