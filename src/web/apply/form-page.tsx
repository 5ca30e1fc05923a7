/**
 * 政府信息公开申请表 (online): every item of 条例第二十九条 for a 自然人 and for a 法人或者其他组织,
 * the information asked for (one item per line, at most 20), the form of provision and the way of
 * obtaining it, attachments and the declaration. Plain HTML (no JavaScript): both kinds of
 * applicant have their fields on the page, the chosen kind decides which are read. After an
 * error the values come back, files do not (the page asks to choose them again).
 */
import {
  APPLICATION_FIELD_LABELS,
  OBTAIN_WAY_LABELS,
  OBTAIN_WAYS,
  PROVISION_FORM_LABELS,
  PROVISION_FORMS,
} from '../../domain/applicant/application-fields.ts';
import { megabytesText } from '../../domain/byte-size.ts';
import { ID_TYPE_LABELS, ID_TYPES } from '../../domain/applicant/id-number.ts';
import { MAX_REQUESTED_ITEMS } from '../../domain/applicant/requested-items.ts';
import { APPLICANT_KIND_LABELS, APPLICANT_KINDS } from '../../domain/case/applicant-kinds.ts';
import { CHANNEL_RULES } from '../../domain/case/channels.ts';
import {
  ACCEPTED_TYPES_TEXT,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
} from '../../app/cases/read-attachments.ts';
import { SUBMISSION_TOKEN_FIELD } from '../../app/cases/submit-application.ts';
import { CsrfField } from '../middleware/csrf-field.tsx';
import {
  ErrorSummary,
  RadioGroup,
  SelectInput,
  TextArea,
  TextInput,
  type SummaryEntry,
} from './form-fields.tsx';
import { ATTACHMENTS_FIELD, DECLARATION_FIELD, type ApplicationFormValues } from './form-values.ts';

export type ApplicationFormProps = {
  organName: string;
  officeName: string;
  officePhone: string;
  action: string;
  trackHref: string;
  csrfToken: string;
  submissionToken: string;
  values: ApplicationFormValues;
  /** Message per input name. */
  errors: Readonly<Record<string, string>>;
  summary: readonly SummaryEntry[];
  /** Files were chosen in the refused post: ask to choose them again. */
  hadFiles: boolean;
  hasDeclared: boolean;
  /** Largest total of attachments this server takes (the body limit may be lower than 20 MiB). */
  maxTotalBytes: number;
};

const kindOptions = APPLICANT_KINDS.map((kind) => ({ value: kind, label: APPLICANT_KIND_LABELS[kind] }));
const idTypeOptions = ID_TYPES.map((type) => ({ value: type, label: ID_TYPE_LABELS[type] }));
const provisionOptions = PROVISION_FORMS.map((form) => ({ value: form, label: PROVISION_FORM_LABELS[form] }));
const obtainOptions = OBTAIN_WAYS.map((way) => ({ value: way, label: OBTAIN_WAY_LABELS[way] }));

function ApplicantSection(props: ApplicationFormProps) {
  const { values, errors } = props;
  return (
    <fieldset class="form-section ap-section">
      <legend>一、申请人信息</legend>
      <RadioGroup
        name="kind"
        label={APPLICATION_FIELD_LABELS.kind}
        value={values.kind}
        options={kindOptions}
        error={errors.kind}
        isRequired
        isInline
        hint="公民个人选择“自然人”；法人或者其他组织按单位性质选择（如公司选择“商业企业”，律师事务所选择“法律服务机构”）。"
      />
      <div class="ap-kind-groups">
        <fieldset class="ap-kind-group" aria-describedby="person-note">
          <legend>申请人为自然人的，填写：</legend>
          <p class="field-hint" id="person-note">
            选择“自然人”时必填。
          </p>
          <TextInput
            name="personName"
            label="姓名"
            value={values.personName}
            error={errors.personName}
            autocomplete="name"
            maxLength={50}
            isConditional
          />
          <SelectInput
            name="idType"
            label={APPLICATION_FIELD_LABELS.idType}
            value={values.idType || 'residentIdCard'}
            options={idTypeOptions}
            error={errors.idType}
          />
          <TextInput
            name="idNumber"
            label={APPLICATION_FIELD_LABELS.idNumber}
            value={values.idNumber}
            error={errors.idNumber}
            autocomplete="off"
            maxLength={40}
            inputClass="input-code"
            spellcheck={false}
            isConditional
          />
        </fieldset>
        <fieldset class="ap-kind-group" aria-describedby="organization-note">
          <legend>申请人为法人或者其他组织的，填写：</legend>
          <p class="field-hint" id="organization-note">
            选择其他类型时必填。
          </p>
          <TextInput
            name="organizationName"
            label="名称"
            value={values.organizationName}
            error={errors.organizationName}
            autocomplete="organization"
            maxLength={100}
            isConditional
          />
          <TextInput
            name="creditCode"
            label={APPLICATION_FIELD_LABELS.creditCode}
            value={values.creditCode}
            error={errors.creditCode}
            autocomplete="off"
            maxLength={40}
            inputClass="input-code"
            spellcheck={false}
            isConditional
            hint="18位，见营业执照或登记证书。"
          />
          <TextInput
            name="legalRepresentative"
            label={APPLICATION_FIELD_LABELS.legalRepresentative}
            value={values.legalRepresentative}
            error={errors.legalRepresentative}
            maxLength={50}
            isConditional
          />
          <TextInput
            name="contactPerson"
            label={APPLICATION_FIELD_LABELS.contactPerson}
            value={values.contactPerson}
            error={errors.contactPerson}
            maxLength={50}
            isConditional
          />
        </fieldset>
      </div>
    </fieldset>
  );
}

function ContactSection(props: ApplicationFormProps) {
  const { values, errors } = props;
  return (
    <fieldset class="form-section ap-section" aria-describedby="contact-note">
      <legend>二、联系方式</legend>
      <p class="field-hint" id="contact-note">
        联系电话（手机号码，或带区号的固定电话）和电子邮箱至少填写一项；选择邮寄的，请填写通讯地址。
      </p>
      <div class="form-grid">
        <TextInput
          name="phone"
          label={APPLICATION_FIELD_LABELS.phone}
          value={values.phone}
          error={errors.phone}
          autocomplete="tel"
          inputMode="tel"
          maxLength={30}
        />
        <TextInput
          name="email"
          label={APPLICATION_FIELD_LABELS.email}
          value={values.email}
          error={errors.email}
          autocomplete="email"
          inputMode="email"
          maxLength={254}
          spellcheck={false}
        />
      </div>
      <TextInput
        name="address"
        label={APPLICATION_FIELD_LABELS.address}
        value={values.address}
        error={errors.address}
        autocomplete="street-address"
        maxLength={200}
        inputClass="ap-wide"
      />
      <TextInput
        name="postcode"
        label={APPLICATION_FIELD_LABELS.postcode}
        value={values.postcode}
        error={errors.postcode}
        autocomplete="postal-code"
        inputMode="numeric"
        maxLength={6}
        inputClass="input-short"
      />
    </fieldset>
  );
}

function RequestSection(props: ApplicationFormProps) {
  const { values, errors } = props;
  return (
    <fieldset class="form-section ap-section">
      <legend>三、所需政府信息</legend>
      <TextArea
        name="items"
        label={APPLICATION_FIELD_LABELS.items}
        value={values.items}
        error={errors.items}
        rows={7}
        isRequired
        hint={`每行填写一项，最多 ${MAX_REQUESTED_ITEMS} 项。请尽量写明信息的名称、文号，或者制作机关、时间、事项等便于查询的特征。`}
      />
      <RadioGroup
        name="provisionForm"
        label={APPLICATION_FIELD_LABELS.provisionForm}
        value={values.provisionForm}
        options={provisionOptions}
        error={errors.provisionForm}
        isRequired
        isInline
      />
      <RadioGroup
        name="obtainWay"
        label={APPLICATION_FIELD_LABELS.obtainWay}
        value={values.obtainWay}
        options={obtainOptions}
        error={errors.obtainWay}
        isRequired
        isInline
        hint="纸质形式只能邮寄或当面领取；网上获取指在本平台查看和下载。"
      />
    </fieldset>
  );
}

function AttachmentSection(props: ApplicationFormProps) {
  const id = `field-${ATTACHMENTS_FIELD}`;
  const error = props.errors[ATTACHMENTS_FIELD];
  const describedBy = [`${id}-hint`, props.hadFiles ? `${id}-again` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset class="form-section ap-section">
      <legend>四、附件（选填）</legend>
      <div class={error ? 'field has-error' : 'field'}>
        <label for={id}>上传附件</label>
        <p class="field-hint" id={`${id}-hint`}>
          如身份证明、营业执照、授权委托书的扫描件或照片。最多 {MAX_ATTACHMENTS} 个文件，每个不超过{' '}
          {megabytesText(MAX_ATTACHMENT_BYTES)}，合计不超过 {megabytesText(props.maxTotalBytes)}；只接收{' '}
          {ACCEPTED_TYPES_TEXT}
          ，按文件内容识别类型。
        </p>
        {props.hadFiles ? (
          <p class="ap-again" id={`${id}-again`}>
            为保护您的信息，此前选择的附件没有保存，请重新选择。
          </p>
        ) : null}
        {error ? (
          <p class="field-error" id={`${id}-error`}>
            <span class="visually-hidden">错误：</span>
            {error}
          </p>
        ) : null}
        <input
          type="file"
          id={id}
          name={ATTACHMENTS_FIELD}
          multiple
          accept=".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
        />
      </div>
    </fieldset>
  );
}

function DeclarationSection(props: ApplicationFormProps) {
  const id = `field-${DECLARATION_FIELD}`;
  const error = props.errors[DECLARATION_FIELD];
  return (
    <fieldset class="form-section ap-section">
      <legend>五、声明</legend>
      <div class={error ? 'field check-field has-error' : 'field check-field'}>
        {error ? (
          <p class="field-error" id={`${id}-error`}>
            <span class="visually-hidden">错误：</span>
            {error}
          </p>
        ) : null}
        <div class="ap-declaration">
          <input
            type="checkbox"
            id={id}
            name={DECLARATION_FIELD}
            value="yes"
            checked={props.hasDeclared}
            aria-required="true"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <label for={id}>
            本人（本单位）承诺以上填写的信息真实、准确，所提交的身份证明等材料真实有效，并同意本机关为办理本申请使用以上信息。
          </label>
        </div>
      </div>
    </fieldset>
  );
}

/** The form page's body (inside the portal frame). */
export function ApplicationForm(props: ApplicationFormProps) {
  const tokenError = props.errors[SUBMISSION_TOKEN_FIELD];
  return (
    <div class="ap-form-page">
      <h1>政府信息公开申请表</h1>
      <p class="pt-lead">
        向{props.organName}申请获取政府信息（《中华人民共和国政府信息公开条例》第二十七条、第二十九条）。带{' '}
        <span class="required">*</span> 的为必填项。
      </p>
      <div class="pt-notice" role="note">
        <p>
          提交后页面即显示回执，回执中的<strong>案件编号</strong>和<strong>查询码</strong>用于
          <a href={props.trackHref}>查询办理进度</a>。网上申请{CHANNEL_RULES.online.receiptRule}
          ，本平台的回执即为确认，提交当日为收到申请之日（条例第三十一条）。
        </p>
        <p>
          采用书面形式确有困难的，可以口头提出，由{props.officeName}代为填写（联系电话：{props.officePhone}
          ）。
        </p>
      </div>
      <ErrorSummary entries={props.summary} />
      {tokenError ? (
        <div class="notice notice-warning" role="alert">
          <p>{tokenError}</p>
        </div>
      ) : null}
      <form method="post" action={props.action} enctype="multipart/form-data" class="ap-form" novalidate>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name={SUBMISSION_TOKEN_FIELD} value={props.submissionToken} />
        <ApplicantSection {...props} />
        <ContactSection {...props} />
        <RequestSection {...props} />
        <AttachmentSection {...props} />
        <DeclarationSection {...props} />
        <div class="form-actions">
          <button type="submit" class="pt-button ap-submit">
            提交申请
          </button>
        </div>
      </form>
    </div>
  );
}
