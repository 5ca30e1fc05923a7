/**
 * The 期限计算器 form: a plain GET form (works without JavaScript), every input labelled, groups
 * in fieldsets with legends, errors listed at the top (linked to their fields) and next to each
 * field (`aria-describedby`, `aria-invalid`).
 */
import { CHANNEL_RULES, INTAKE_CHANNELS } from '../../domain/case/channels.ts';
import { PAUSE_LABELS } from '../../domain/deadlines/step-text.ts';
import {
  CALCULATOR_PAUSES,
  pauseField,
  type CalculatorErrors,
  type CalculatorValues,
} from './calculator-input.ts';

type FieldProps = { name: string; label: string; error: string | undefined; hint?: string };

function describedBy(props: FieldProps): string | undefined {
  const ids = [
    props.hint ? `field-${props.name}-hint` : null,
    props.error ? `field-${props.name}-error` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldMessages(props: FieldProps) {
  return (
    <>
      {props.hint ? (
        <p class="field-hint" id={`field-${props.name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field-error" id={`field-${props.name}-error`}>
          <span class="visually-hidden">错误：</span>
          {props.error}
        </p>
      ) : null}
    </>
  );
}

function InputField(
  props: FieldProps & { value: string; type: 'date' | 'text'; isRequired?: boolean; inputMode?: 'numeric' },
) {
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={`field-${props.name}`}>{props.label}</label>
      <FieldMessages {...props} />
      <input
        id={`field-${props.name}`}
        name={props.name}
        type={props.type}
        value={props.value}
        class={props.type === 'text' ? 'input-short' : undefined}
        inputmode={props.inputMode}
        required={props.isRequired}
        maxlength={10}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </div>
  );
}

function SelectField(
  props: FieldProps & { value: string; options: ReadonlyArray<{ value: string; label: string }> },
) {
  return (
    <div class={props.error ? 'field has-error' : 'field'}>
      <label for={`field-${props.name}`}>{props.label}</label>
      <FieldMessages {...props} />
      <select
        id={`field-${props.name}`}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const CHANNEL_OPTIONS = [
  { value: '', label: '（不限）' },
  ...INTAKE_CHANNELS.map((c) => ({ value: c, label: CHANNEL_RULES[c].label })),
];
const REASON_OPTIONS = (['thirdParty', 'coProducer', 'fee'] as const).map((r) => ({
  value: r,
  label: PAUSE_LABELS[r],
}));

/** Field labels for the error summary. */
function labelOf(field: string): string {
  const pause = /^p(\d)(from|to|reason)$/.exec(field);
  if (pause) {
    const part = { from: '开始日期', to: '结束日期', reason: '原因' }[pause[2] as 'from' | 'to' | 'reason'];
    return `第 ${pause[1]} 个暂停期间的${part}`;
  }
  return (
    {
      received: '收到申请之日',
      channel: '提交方式',
      correction: '收到补正之日',
      extend: '延长的工作日数',
      deferred: '延迟答复的期限',
    }[field] ?? field
  );
}

function ErrorList(props: { errors: CalculatorErrors }) {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) {
    return null;
  }
  return (
    <div class="error-summary" role="alert" aria-labelledby="calc-errors-title" tabindex={-1}>
      <h2 id="calc-errors-title">无法计算，请修改以下内容</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            <a href={`#field-${field}`}>{`${labelOf(field)}：${message}`}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PauseRow(props: { index: number; values: CalculatorValues; errors: CalculatorErrors }) {
  const { index } = props;
  const row = props.values.pauses[index] ?? { reason: '', from: '', to: '' };
  const name = (part: 'reason' | 'from' | 'to') => pauseField(index, part);
  return (
    <fieldset class="field">
      <legend>第 {index + 1} 个期间</legend>
      <div class="form-grid">
        <SelectField
          name={name('reason')}
          label="原因"
          value={row.reason || 'thirdParty'}
          options={REASON_OPTIONS}
          error={props.errors[name('reason')]}
        />
        <InputField
          name={name('from')}
          label="开始日期（发出征求意见书或收费通知之日）"
          type="date"
          value={row.from}
          error={props.errors[name('from')]}
        />
        <InputField
          name={name('to')}
          label="结束日期（收到意见、期满或缴费之日）"
          type="date"
          value={row.to}
          error={props.errors[name('to')]}
          hint="尚未结束的不填"
        />
      </div>
    </fieldset>
  );
}

/** The form, filled with what was typed. */
export function CalculatorForm(props: {
  action: string;
  values: CalculatorValues;
  errors: CalculatorErrors;
}) {
  const { values, errors } = props;
  return (
    <form method="get" action={props.action} class="pt-panel" novalidate aria-labelledby="calc-form-title">
      <h2 id="calc-form-title">填写申请的日期</h2>
      <ErrorList errors={errors} />
      <fieldset class="field">
        <legend>收到申请</legend>
        <div class="form-grid">
          <InputField
            name="received"
            label="收到申请之日"
            type="date"
            value={values.received}
            isRequired
            error={errors.received}
            hint="按条例第三十一条确定：当面提交的为提交之日，邮寄的为签收之日，网上、传真、电子邮件的为双方确认之日"
          />
          <SelectField
            name="channel"
            label="提交方式"
            value={values.channel}
            options={CHANNEL_OPTIONS}
            error={errors.channel}
          />
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>补正（可选）</legend>
        <InputField
          name="correction"
          label="收到补正后申请之日"
          type="date"
          value={values.correction}
          error={errors.correction}
          hint="答复期限自收到补正的申请之日起重新计算（第三十条）"
        />
      </fieldset>
      <fieldset class="field">
        <legend>不计入答复期限的期间（可选，最多 {CALCULATOR_PAUSES} 个）</legend>
        <p class="field-hint">征求第三方或其他机关意见所需时间不计算在答复期限内（第三十三条第三款）。</p>
        {Array.from({ length: CALCULATOR_PAUSES }, (_, index) => (
          <PauseRow index={index} values={values} errors={errors} />
        ))}
      </fieldset>
      <fieldset class="field">
        <legend>延长与延迟答复（可选）</legend>
        <div class="form-grid">
          <InputField
            name="extend"
            label="经批准延长的工作日数"
            type="text"
            inputMode="numeric"
            value={values.extend}
            error={errors.extend}
            hint="最长 20 个工作日（2019年5月15日前收到的申请为 15 个）"
          />
          <InputField
            name="deferred"
            label="延迟答复的期限"
            type="date"
            value={values.deferred}
            error={errors.deferred}
            hint="依第三十五条确定的日期，填写后以此日期为答复期限"
          />
        </div>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="pt-button">
          计算答复期限
        </button>
        <a href={props.action}>清空重填</a>
      </div>
    </form>
  );
}
