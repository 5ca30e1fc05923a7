/**
 * The application's own content (条例第二十九条第二款), read from the portal form or staff intake:
 * (一) 申请人的姓名或者名称、身份证明、联系方式; (二) the information asked for (requested-items.ts);
 * (三) 形式要求, 包括获取信息的方式、途径. Nothing beyond 第二十九条 is asked (no fee waiver, no purpose).
 *
 * 身份证明: a natural person gives a document type and number (id-number.ts); a 法人或者其他组织
 * gives its 统一社会信用代码 (GB 32100, organs/credit-code.ts), its 法定代表人或者负责人 and a 联系人.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import { APPLICANT_KINDS, APPLICANT_KIND_LABELS, type ApplicantKind } from '../case/applicant-kinds.ts';
import { validateCreditCode } from '../organs/credit-code.ts';
import { validateEmail, validatePhone, validatePostcode } from './contact.ts';
import { cleanText, type TextRule } from './field-text.ts';
import { ID_TYPES, ID_TYPE_LABELS, validateIdNumber, type IdType } from './id-number.ts';
import { parseRequestedItems, type RequestedItem } from './requested-items.ts';

/** 信息的提供形式. */
export const PROVISION_FORMS = ['paper', 'electronic'] as const;
export type ProvisionForm = (typeof PROVISION_FORMS)[number];
export const PROVISION_FORM_LABELS = { paper: '纸质', electronic: '电子' } as const satisfies Record<
  ProvisionForm,
  string
>;

/** 获取信息的方式. */
export const OBTAIN_WAYS = ['post', 'email', 'inPerson', 'online'] as const;
export type ObtainWay = (typeof OBTAIN_WAYS)[number];
export const OBTAIN_WAY_LABELS = {
  post: '邮寄',
  email: '电子邮件',
  inPerson: '当面领取',
  online: '网上获取',
} as const satisfies Record<ObtainWay, string>;

/** A 法人或者其他组织 kind (table 三 columns 1–5). */
export type OrganizationKind = Exclude<ApplicantKind, 'naturalPerson'>;

/** Fields every application has. */
type CommonFields = {
  /** 自然人: 姓名; 法人或者其他组织: 名称 (not personal data). */
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  postcode: string | null;
  items: readonly RequestedItem[];
  provisionForm: ProvisionForm;
  obtainWay: ObtainWay;
};

/** 自然人: 身份证明 is a document type and number. */
export type NaturalPersonFields = CommonFields & {
  kind: 'naturalPerson';
  idType: IdType;
  idNumber: string;
  creditCode: null;
  legalRepresentative: null;
  contactPerson: null;
};

/** 法人或者其他组织: 统一社会信用代码, 法定代表人或者负责人, 联系人. */
export type OrganizationFields = CommonFields & {
  kind: OrganizationKind;
  idType: null;
  idNumber: null;
  creditCode: string;
  legalRepresentative: string;
  contactPerson: string;
};

/**
 * A valid application's fields, normalized. Flat (one record per application, as stored), and a
 * union on `kind`: the fields of the other kind of applicant are null.
 */
export type ApplicationFields = NaturalPersonFields | OrganizationFields;

/** Form field names (also the keys of `errors`). `items` stands for `item1`…`item20` too. */
export type ApplicationFieldName =
  | 'kind'
  | 'name'
  | 'idType'
  | 'idNumber'
  | 'creditCode'
  | 'legalRepresentative'
  | 'contactPerson'
  | 'phone'
  | 'email'
  | 'address'
  | 'postcode'
  | 'items'
  | 'provisionForm'
  | 'obtainWay';

/** Chinese field labels for forms, errors and exports. */
export const APPLICATION_FIELD_LABELS = {
  kind: '申请人类型',
  name: '申请人姓名或者名称',
  idType: '身份证件类型',
  idNumber: '身份证件号码',
  creditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人或者负责人',
  contactPerson: '联系人',
  phone: '联系电话',
  email: '电子邮箱',
  address: '通讯地址',
  postcode: '邮政编码',
  items: '所需政府信息的名称、文号或者其他特征性描述',
  provisionForm: '信息的提供形式',
  obtainWay: '获取信息的方式',
} as const satisfies Record<ApplicationFieldName, string>;

export type ApplicationFieldErrors = Partial<Record<ApplicationFieldName, string>>;
export type ApplicationFieldsResult =
  { isValid: true; value: ApplicationFields } | { isValid: false; errors: ApplicationFieldErrors };

/** The raw form: every value a string or absent. */
export type RawApplicationForm = Readonly<Record<string, string | undefined>>;

const PERSON_NAME: TextRule = { label: '申请人姓名', maxLength: 50, charset: 'personName' };
const ORGANIZATION_NAME: TextRule = { label: '申请人名称', maxLength: 100, charset: 'organizationName' };
const LEGAL_REPRESENTATIVE: TextRule = {
  label: '法定代表人或者负责人',
  maxLength: 50,
  charset: 'personName',
};
const CONTACT_PERSON: TextRule = { label: '联系人', maxLength: 50, charset: 'personName' };
const ADDRESS: TextRule = { label: '通讯地址', maxLength: 200 };

/** Collects values and errors field by field. */
class Collector {
  readonly errors: ApplicationFieldErrors = {};

  fail(field: ApplicationFieldName, reason: string): null {
    this.errors[field] ??= reason;
    return null;
  }

  /** A cleaned text field; `isRequired` turns an empty value into an error. */
  text(
    raw: RawApplicationForm,
    field: ApplicationFieldName,
    rule: TextRule,
    isRequired: boolean,
  ): string | null {
    const result = cleanText(raw[field], rule);
    if (!result.isValid) {
      return this.fail(field, result.reason);
    }
    return result.value === null && isRequired ? this.fail(field, `请填写${rule.label}`) : result.value;
  }

  /** A choice among codes, accepting the code or its Chinese label. */
  choice<T extends string>(
    raw: RawApplicationForm,
    field: ApplicationFieldName,
    labels: Readonly<Record<T, string>>,
    codes: readonly T[],
  ): T | null {
    const value = (raw[field] ?? '').slice(0, 100).normalize('NFKC').trim();
    const found = codes.find((code) => code === value || labels[code] === value);
    if (found !== undefined) {
      return found;
    }
    const options = codes.map((code) => labels[code]).join('、');
    return this.fail(
      field,
      value === ''
        ? `请选择${APPLICATION_FIELD_LABELS[field]}`
        : `${APPLICATION_FIELD_LABELS[field]}只能是${options}之一`,
    );
  }
}

type Identity = Omit<NaturalPersonFields, keyof CommonFields> | Omit<OrganizationFields, keyof CommonFields>;

function readNaturalPerson(
  raw: RawApplicationForm,
  today: LocalDate,
  c: Collector,
): (Identity & { name: string }) | null {
  const name = c.text(raw, 'name', PERSON_NAME, true);
  const idType =
    (raw.idType ?? '').trim() === '' ? 'residentIdCard' : c.choice(raw, 'idType', ID_TYPE_LABELS, ID_TYPES);
  if (idType === null) {
    return null;
  }
  const id = validateIdNumber(idType, (raw.idNumber ?? '').slice(0, 200), today);
  const idNumber = id.isValid ? id.number : c.fail('idNumber', id.reason);
  return name !== null && idNumber !== null
    ? {
        kind: 'naturalPerson',
        name,
        idType,
        idNumber,
        creditCode: null,
        legalRepresentative: null,
        contactPerson: null,
      }
    : null;
}

function readOrganization(
  raw: RawApplicationForm,
  kind: OrganizationKind,
  c: Collector,
): (Identity & { name: string }) | null {
  const name = c.text(raw, 'name', ORGANIZATION_NAME, true);
  const rawCode = (raw.creditCode ?? '').slice(0, 200);
  const checked = rawCode.trim() === '' ? null : validateCreditCode(rawCode);
  const creditCode =
    checked === null
      ? c.fail('creditCode', '请填写统一社会信用代码')
      : checked.isValid
        ? checked.code
        : c.fail('creditCode', checked.reason);
  const legalRepresentative = c.text(raw, 'legalRepresentative', LEGAL_REPRESENTATIVE, true);
  const contactPerson = c.text(raw, 'contactPerson', CONTACT_PERSON, true);
  if (name === null || creditCode === null || legalRepresentative === null || contactPerson === null) {
    return null;
  }
  return { kind, name, idType: null, idNumber: null, creditCode, legalRepresentative, contactPerson };
}

/** A contact field checked by its validator; null when empty. */
function readContact(
  raw: RawApplicationForm,
  field: 'phone' | 'email' | 'postcode',
  c: Collector,
): string | null {
  const value = raw[field] ?? '';
  if (value.trim() === '') {
    return null;
  }
  const validate = { phone: validatePhone, email: validateEmail, postcode: validatePostcode }[field];
  const result = validate(value);
  return result.isValid ? result.value : c.fail(field, result.reason);
}

/** Cross-field rules: a way to reach the applicant, and what the chosen way of obtaining needs. */
function checkReachable(
  fields: Pick<ApplicationFields, 'phone' | 'email' | 'address'>,
  raw: RawApplicationForm,
  way: ObtainWay | null,
  form: ProvisionForm | null,
  c: Collector,
): void {
  if (
    fields.phone === null &&
    fields.email === null &&
    (raw.phone ?? '').trim() === '' &&
    (raw.email ?? '').trim() === ''
  ) {
    c.fail('phone', '联系电话和电子邮箱至少填写一项');
  }
  if (way === 'post' && fields.address === null) {
    c.fail('address', '选择邮寄时请填写通讯地址');
  }
  if (way === 'email' && fields.email === null) {
    c.fail('email', '选择电子邮件获取时请填写电子邮箱');
  }
  if (form === 'paper' && (way === 'email' || way === 'online')) {
    c.fail('obtainWay', '纸质形式只能邮寄或当面领取');
  }
}

/**
 * Reads and validates an application form (条例第二十九条).
 * @param raw the submitted fields (see `APPLICATION_FIELD_LABELS`; items as `item1`…`item20` or `items` lines)
 * @param today the local date (ID birth dates after it are refused)
 * @returns the normalized fields, or one Chinese message per wrong field
 * @example
 * parseApplicationFields({ kind: '自然人', name: '张三', idNumber: '11010519491231002X', phone: '13800138000',
 *   items: '2024年区级财政预算', provisionForm: '电子', obtainWay: '网上获取' }, localDate('2025-06-01')).isValid // true
 */
export function parseApplicationFields(raw: RawApplicationForm, today: LocalDate): ApplicationFieldsResult {
  const c = new Collector();
  const kind = c.choice(raw, 'kind', APPLICANT_KIND_LABELS, APPLICANT_KINDS);
  const applicant =
    kind === null
      ? null
      : kind === 'naturalPerson'
        ? readNaturalPerson(raw, today, c)
        : readOrganization(raw, kind, c);
  const contact = {
    phone: readContact(raw, 'phone', c),
    email: readContact(raw, 'email', c),
    address: c.text(raw, 'address', ADDRESS, false),
    postcode: readContact(raw, 'postcode', c),
  };
  const requested = parseRequestedItems(raw);
  const items = requested.isValid ? requested.items : c.fail('items', requested.reason);
  const provisionForm = c.choice(raw, 'provisionForm', PROVISION_FORM_LABELS, PROVISION_FORMS);
  const obtainWay = c.choice(raw, 'obtainWay', OBTAIN_WAY_LABELS, OBTAIN_WAYS);
  checkReachable(contact, raw, obtainWay, provisionForm, c);
  if (
    applicant === null ||
    items === null ||
    provisionForm === null ||
    obtainWay === null ||
    Object.keys(c.errors).length > 0
  ) {
    return { isValid: false, errors: c.errors };
  }
  return { isValid: true, value: { ...applicant, ...contact, items, provisionForm, obtainWay } };
}
