/**
 * The organ form's fields: the text fields come from staff-form.tsx; the selects (类型, 层级,
 * 上级机构) are here, with the same label / hint / error wiring (`aria-describedby`, `aria-invalid`).
 */
import type { Child } from 'hono/jsx';
import {
  ORGAN_FIELD_LABELS,
  ORGAN_FIELD_NAMES,
  ORGAN_LEVEL_LABELS,
  ORGAN_LEVELS,
  ORGAN_TYPE_LABELS,
  ORGAN_TYPES,
  type Organ,
  type OrganFields,
} from '../../domain/organs/organ.ts';
import type { FieldErrors } from '../../app/failures.ts';
import { describedBy, FieldFrame, TextField } from './staff-form.tsx';

/** What the form shows: strings, exactly as typed (nothing is lost on an error). */
export type OrganFormValues = Record<keyof OrganFields, string> & { parentId: string };

/** Labels for the error summary (field name → label). */
export const ORGAN_FORM_LABELS: Readonly<Record<string, string>> = {
  ...ORGAN_FIELD_LABELS,
  parentId: '上级机构',
};

/** Empty values for a new organ (a department of the county level under `parentId`). */
export function emptyOrganValues(parentId: string): OrganFormValues {
  const values = Object.fromEntries(ORGAN_FIELD_NAMES.map((k) => [k, ''])) as Record<
    keyof OrganFields,
    string
  >;
  return { ...values, type: 'department', level: 'county', parentId };
}

/** The stored organ as form values. */
export function organValues(organ: Organ): OrganFormValues {
  const values = Object.fromEntries(
    ORGAN_FIELD_NAMES.map((k) => [k, organ[k] === null ? '' : String(organ[k])]),
  ) as Record<keyof OrganFields, string>;
  return { ...values, parentId: organ.parentId === null ? '' : String(organ.parentId) };
}

/** The submitted form as values (only the known fields; anything else is ignored). */
export function submittedOrganValues(read: (key: string) => string): OrganFormValues {
  const values = Object.fromEntries(ORGAN_FIELD_NAMES.map((k) => [k, read(k)])) as Record<
    keyof OrganFields,
    string
  >;
  return { ...values, parentId: read('parentId') };
}

/** One option of a select. */
export type SelectOption = { value: string; label: string };

type SelectFieldProps = {
  name: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  error?: string | undefined;
  hint?: string;
  isRequired?: boolean;
  placeholder?: string;
};

/** A labelled select with its hint and error. */
export function SelectField(props: SelectFieldProps) {
  return (
    <FieldFrame {...props}>
      <select
        id={`field-${props.name}`}
        name={props.name}
        required={props.isRequired}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

const TYPE_OPTIONS = ORGAN_TYPES.map((t) => ({ value: t, label: ORGAN_TYPE_LABELS[t] }));
const LEVEL_OPTIONS = ORGAN_LEVELS.map((l) => ({ value: l, label: ORGAN_LEVEL_LABELS[l] }));

/** The two fieldsets of the organ form: 基本信息 and 联系方式. `parentPicker` goes after 层级 (new organs only). */
export function OrganFieldsets(props: {
  values: OrganFormValues;
  errors: FieldErrors;
  parentPicker?: Child;
}) {
  const { values: v, errors: e } = props;
  return (
    <>
      <fieldset class="form-section">
        <legend>基本信息</legend>
        <div class="form-grid">
          <TextField
            name="name"
            label="名称"
            value={v.name}
            error={e.name}
            hint="机构全称，如「博山区教育局」，2至60个字"
            isRequired
            maxLength={60}
            autocomplete="off"
          />
          <TextField
            name="shortName"
            label="简称"
            value={v.shortName}
            error={e.shortName}
            hint="用于列表和导航，如「区教育局」；不填则与名称相同"
            maxLength={30}
            autocomplete="off"
          />
          <TextField
            name="slug"
            label="网址标识"
            value={v.slug}
            error={e.slug}
            hint="门户网址中的标识，如 jyj；小写字母、数字和连字符"
            isRequired
            maxLength={63}
            autocomplete="off"
            inputClass="input-code"
          />
          <TextField
            name="creditCode"
            label="统一社会信用代码"
            value={v.creditCode}
            error={e.creditCode}
            hint="18位，按 GB 32100 核对校验码；尚未赋码可不填"
            maxLength={40}
            autocomplete="off"
            inputClass="input-code"
          />
          <SelectField
            name="type"
            label="类型"
            value={v.type}
            options={TYPE_OPTIONS}
            error={e.type}
            isRequired
          />
          <SelectField
            name="level"
            label="层级"
            value={v.level}
            options={LEVEL_OPTIONS}
            error={e.level}
            isRequired
          />
          {props.parentPicker}
          <TextField
            name="sortOrder"
            label="排序号"
            value={v.sortOrder}
            error={e.sortOrder}
            hint="同级机构中小的在前；不填为100"
            maxLength={4}
            inputClass="input-short"
          />
        </div>
      </fieldset>
      <fieldset class="form-section">
        <legend>联系方式</legend>
        <p class="field-hint">将显示在门户「政府信息公开指南」和「机构职能」中（条例第十二条）。</p>
        <div class="form-grid">
          <TextField
            name="address"
            label="地址"
            value={v.address}
            error={e.address}
            maxLength={200}
            autocomplete="off"
          />
          <TextField
            name="postcode"
            label="邮编"
            value={v.postcode}
            error={e.postcode}
            maxLength={6}
            inputClass="input-short"
            autocomplete="off"
          />
          <TextField
            name="phone"
            label="电话"
            value={v.phone}
            error={e.phone}
            hint="如 0533-4180000；多个号码用顿号分隔"
            maxLength={60}
            autocomplete="off"
          />
          <TextField name="fax" label="传真" value={v.fax} error={e.fax} maxLength={60} autocomplete="off" />
          <TextField
            name="email"
            label="电子邮箱"
            value={v.email}
            error={e.email}
            maxLength={100}
            autocomplete="off"
          />
          <TextField
            name="officeHours"
            label="办公时间"
            value={v.officeHours}
            error={e.officeHours}
            hint="如 周一至周五 8:30—12:00，13:30—17:30"
            maxLength={200}
            autocomplete="off"
          />
        </div>
      </fieldset>
    </>
  );
}
