/**
 * 登记申请 (staff intake): the channel and the receipt date under 第三十一条, then the 第二十九条
 * fields as the applicant gave them. After saving, a receipt (案件编号 and the one-time 查询码) to
 * hand or send to the applicant.
 */
import {
  APPLICATION_FIELD_LABELS,
  OBTAIN_WAY_LABELS,
  PROVISION_FORM_LABELS,
} from '../../domain/applicant/application-fields.ts';
import { ID_TYPE_LABELS } from '../../domain/applicant/id-number.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { APPLICANT_KIND_LABELS } from '../../domain/case/applicant-kinds.ts';
import { CHANNEL_RULES, INTAKE_CHANNELS } from '../../domain/case/channels.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import { ErrorSummary, PageHeader, TextField } from './staff-form.tsx';
import { StaffLayout } from './staff-layout.tsx';

export const INTAKE_LABELS: Readonly<Record<string, string>> = {
  ...APPLICATION_FIELD_LABELS,
  organId: '受理机关',
  channel: '申请渠道',
  receivedOn: '收到申请日期',
  attachments: '附件',
};

type Values = Readonly<Record<string, string>>;

function Select(props: {
  name: string;
  label: string;
  options: Readonly<Record<string, string>>;
  values: Values;
  errors: Values;
}) {
  const id = `field-${props.name}`;
  const error = props.errors[props.name];
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{props.label}</label>
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">错误：</span>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        name={props.name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">请选择</option>
        {Object.entries(props.options).map(([k, v]) => (
          <option value={k} selected={props.values[props.name] === k}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The intake form. */
export function CasesNewView(props: {
  actor: Actor;
  csrfToken: string;
  organs: { id: number; name: string }[];
  values: Values;
  errors: Values;
}) {
  const { values, errors } = props;
  const text = (name: string, hint?: string, type?: 'date') => (
    <TextField
      name={name}
      label={INTAKE_LABELS[name] ?? name}
      value={values[name] ?? ''}
      error={errors[name]}
      {...(hint ? { hint } : {})}
      {...(type ? { type } : {})}
    />
  );
  const channelOptions = Object.fromEntries(
    INTAKE_CHANNELS.map((c) => [c, `${CHANNEL_RULES[c].label}：${CHANNEL_RULES[c].receiptRule}`]),
  );
  return (
    <StaffLayout
      title="登记申请"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="cases"
      breadcrumbs={[{ href: '/staff/cases', label: '依申请公开办件' }]}
    >
      <PageHeader
        title="登记政府信息公开申请"
        lead="当面、邮寄、平常信函、传真、电子邮件收到的申请在此登记；网上申请由申请人在门户网站提交。"
      />
      <ErrorSummary errors={errors} labels={INTAKE_LABELS} />
      <form method="post" action="/staff/cases/new" class="staff-form" enctype="multipart/form-data">
        <CsrfField token={props.csrfToken} />
        <fieldset>
          <legend>收到申请（条例第三十一条）</legend>
          <Select
            name="organId"
            label="受理机关"
            options={Object.fromEntries(props.organs.map((o) => [String(o.id), o.name]))}
            values={props.organs.length === 1 ? { organId: String(props.organs[0]!.id), ...values } : values}
            errors={errors}
          />
          <Select name="channel" label="申请渠道" options={channelOptions} values={values} errors={errors} />
          {text(
            'receivedOn',
            '按所选渠道的规则填写：当面提交为提交日，邮寄为签收日，平常信函、传真、网上、电子邮件为双方确认日',
            'date',
          )}
        </fieldset>
        <fieldset>
          <legend>申请人（条例第二十九条）</legend>
          <Select
            name="kind"
            label={INTAKE_LABELS.kind ?? '申请人类型'}
            options={APPLICANT_KIND_LABELS}
            values={values}
            errors={errors}
          />
          {text('name', '自然人填姓名；法人或其他组织填名称')}
          <Select
            name="idType"
            label={INTAKE_LABELS.idType ?? '证件类型'}
            options={ID_TYPE_LABELS}
            values={values}
            errors={errors}
          />
          {text('idNumber', '自然人填写')}
          {text('creditCode', '法人或其他组织填写 18 位统一社会信用代码')}
          {text('legalRepresentative')}
          {text('contactPerson')}
          {text('phone')}
          {text('email')}
          {text('address')}
          {text('postcode')}
        </fieldset>
        <fieldset>
          <legend>申请公开的政府信息</legend>
          <div class={errors.items ? 'field has-error' : 'field'}>
            <label for="field-items">{INTAKE_LABELS.items}</label>
            <p class="field-hint" id="field-items-hint">
              每行一项，写明名称、文号或便于查询的特征性描述
            </p>
            {errors.items ? (
              <p class="field-error" id="field-items-error">
                <span class="visually-hidden">错误：</span>
                {errors.items}
              </p>
            ) : null}
            <textarea
              id="field-items"
              name="items"
              rows={4}
              aria-invalid={errors.items ? 'true' : undefined}
              aria-describedby={errors.items ? 'field-items-hint field-items-error' : 'field-items-hint'}
            >
              {values.items ?? ''}
            </textarea>
          </div>
          <Select
            name="provisionForm"
            label={INTAKE_LABELS.provisionForm ?? '提供形式'}
            options={PROVISION_FORM_LABELS}
            values={values}
            errors={errors}
          />
          <Select
            name="obtainWay"
            label={INTAKE_LABELS.obtainWay ?? '获取方式'}
            options={OBTAIN_WAY_LABELS}
            values={values}
            errors={errors}
          />
        </fieldset>
        <fieldset>
          <legend>附件（可选）</legend>
          <div class={errors.attachments ? 'field has-error' : 'field'}>
            <label for="field-attachments">申请书扫描件、身份证明等</label>
            <p class="field-hint" id="field-attachments-hint">
              最多 5 个，每个不超过 10 MB，PDF、JPG、PNG 或 Word（.docx）
            </p>
            {errors.attachments ? (
              <p class="field-error" id="field-attachments-error">
                <span class="visually-hidden">错误：</span>
                {errors.attachments}
              </p>
            ) : null}
            <input
              id="field-attachments"
              name="attachments"
              type="file"
              multiple
              accept=".pdf,.jpg,.jpeg,.png,.docx"
              aria-describedby={
                errors.attachments
                  ? 'field-attachments-hint field-attachments-error'
                  : 'field-attachments-hint'
              }
            />
          </div>
        </fieldset>
        <button type="submit" class="button button-primary">
          登记
        </button>
      </form>
    </StaffLayout>
  );
}

/** After intake: the numbers to give the applicant (the query code is shown only now). */
export function CaseRegisteredView(props: {
  actor: Actor;
  csrfToken: string;
  caseId: number;
  caseNumber: string;
  queryCode: string;
}) {
  return (
    <StaffLayout
      title="申请已登记"
      actor={props.actor}
      csrfToken={props.csrfToken}
      section="cases"
      breadcrumbs={[{ href: '/staff/cases', label: '依申请公开办件' }]}
    >
      <PageHeader title="申请已登记" />
      <dl class="facts receipt">
        <dt>案件编号</dt>
        <dd>{props.caseNumber}</dd>
        <dt>查询码</dt>
        <dd>
          <code>{props.queryCode}</code>
        </dd>
      </dl>
      <p>
        请将案件编号和查询码告知申请人（查询码只显示这一次），申请人可凭二者在门户网站「申请查询」查看办理进度。
      </p>
      <p>
        <a class="button button-primary" href={`/staff/cases/${props.caseId}`}>
          进入案件办理
        </a>
      </p>
    </StaffLayout>
  );
}
