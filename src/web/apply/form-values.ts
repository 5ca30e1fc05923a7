/**
 * The application form as posted → the values to show again, the 第二十九条 fields for the use
 * case, and where each error goes. The form has one name input per kind of applicant (姓名 for a
 * 自然人, 名称 for a 法人或者其他组织) because both are on the page at once (no JavaScript); the
 * chosen kind decides which one is the application's `name`, and fields of the other kind are
 * not passed on.
 */
import type { ApplicationFieldName, RawApplicationForm } from '../../domain/applicant/application-fields.ts';
import { SUBMISSION_TOKEN_FIELD } from '../../app/cases/submit-application.ts';

/** The text inputs of the form. */
export const FORM_TEXT_FIELDS = [
  'kind',
  'personName',
  'idType',
  'idNumber',
  'organizationName',
  'creditCode',
  'legalRepresentative',
  'contactPerson',
  'phone',
  'email',
  'address',
  'postcode',
  'items',
  'provisionForm',
  'obtainWay',
] as const;
/** A text input's name. */
export type FormTextField = (typeof FORM_TEXT_FIELDS)[number];
/** The text inputs' values, as typed. */
export type ApplicationFormValues = Record<FormTextField, string>;

/** The file input (several files). */
export const ATTACHMENTS_FIELD = 'attachments';
/** The declaration checkbox. */
export const DECLARATION_FIELD = 'declaration';

/** Fields passed on for every kind of applicant. */
const COMMON: readonly (FormTextField & ApplicationFieldName)[] = [
  'phone',
  'email',
  'address',
  'postcode',
  'items',
  'provisionForm',
  'obtainWay',
];

/** Most characters of a value put back into the form after an error (a megabyte pasted by mistake is not echoed). */
const ECHO_LIMIT: Partial<Record<FormTextField, number>> = { items: 30_000 };
const DEFAULT_ECHO_LIMIT = 1_000;

/** A blank form. */
export const EMPTY_FORM: ApplicationFormValues = Object.fromEntries(
  FORM_TEXT_FIELDS.map((f) => [f, '']),
) as ApplicationFormValues;

/** The form as read from the body: text values, the files, the declaration and the token. */
export type PostedApplication = {
  values: ApplicationFormValues;
  files: File[];
  hasDeclared: boolean;
  submissionToken: string;
};

const firstText = (value: unknown): string => {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' ? first : '';
};

/**
 * Reads the posted body (`readUpload`: control characters already removed).
 * @example postedApplication({ kind: 'naturalPerson', personName: '张三', declaration: 'yes' }).hasDeclared // true
 */
export function postedApplication(body: Readonly<Record<string, unknown>>): PostedApplication {
  const values = Object.fromEntries(
    FORM_TEXT_FIELDS.map((f) => [f, firstText(body[f])]),
  ) as ApplicationFormValues;
  const rawFiles: unknown[] = Array.isArray(body[ATTACHMENTS_FIELD])
    ? (body[ATTACHMENTS_FIELD] as unknown[])
    : [body[ATTACHMENTS_FIELD]];
  return {
    values,
    files: rawFiles.filter((f): f is File => f instanceof File),
    hasDeclared: firstText(body[DECLARATION_FIELD]) !== '',
    submissionToken: firstText(body[SUBMISSION_TOKEN_FIELD]).slice(0, 200),
  };
}

const isNaturalPersonKind = (kind: string) => kind === 'naturalPerson' || kind === '自然人';

/**
 * The 第二十九条 fields for `parseApplicationFields`, according to the chosen kind.
 * @example applicationFieldsOf({ ...EMPTY_FORM, kind: 'business', organizationName: '某公司', personName: '张三' }).name // '某公司'
 */
export function applicationFieldsOf(values: ApplicationFormValues): RawApplicationForm {
  const fields: Record<string, string> = { kind: values.kind };
  for (const field of COMMON) {
    fields[field] = values[field];
  }
  if (isNaturalPersonKind(values.kind)) {
    Object.assign(fields, { name: values.personName, idType: values.idType, idNumber: values.idNumber });
  } else if (values.kind !== '') {
    Object.assign(fields, {
      name: values.organizationName,
      creditCode: values.creditCode,
      legalRepresentative: values.legalRepresentative,
      contactPerson: values.contactPerson,
    });
  }
  return fields;
}

/**
 * The input an error belongs to (its id is `field-<input>`).
 * @example inputOfError('name', 'naturalPerson') // 'personName'
 */
export function inputOfError(errorKey: string, kind: string): string {
  if (errorKey === 'name') {
    return isNaturalPersonKind(kind) ? 'personName' : 'organizationName';
  }
  return errorKey;
}

/** The values to show again after an error, each cut to a sane length. */
export function echoValues(values: ApplicationFormValues): ApplicationFormValues {
  return Object.fromEntries(
    FORM_TEXT_FIELDS.map((f) => [
      f,
      [...values[f].slice(0, (ECHO_LIMIT[f] ?? DEFAULT_ECHO_LIMIT) * 2)]
        .slice(0, ECHO_LIMIT[f] ?? DEFAULT_ECHO_LIMIT)
        .join(''),
    ]),
  ) as ApplicationFormValues;
}
