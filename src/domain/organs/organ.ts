/**
 * An organ (行政机关) as the registry keeps it: the fields people edit, their Chinese labels and
 * messages, and the diff the audit trail records. Pure.
 *
 * Types and levels follow how organs publish: a 区人民政府 (人民政府, 县级) with its 政府部门 and the
 * 乡镇人民政府 / 街道办事处 (乡镇（街道）, 乡级) below it (portal-conventions §1.2: organs are tenants).
 */
import { z } from 'zod';
import { validateCreditCode } from './credit-code.ts';

/** Organ types (stored codes). */
export const ORGAN_TYPES = ['government', 'department', 'township', 'other'] as const;
/** An organ type code. */
export type OrganType = (typeof ORGAN_TYPES)[number];

/** Chinese labels of the types. */
export const ORGAN_TYPE_LABELS = {
  government: '人民政府',
  department: '政府部门',
  township: '乡镇（街道）',
  other: '其他',
} as const satisfies Record<OrganType, string>;

/** Administrative levels (stored codes). */
export const ORGAN_LEVELS = ['provincial', 'municipal', 'county', 'township'] as const;
/** A level code. */
export type OrganLevel = (typeof ORGAN_LEVELS)[number];

/** Chinese labels of the levels. */
export const ORGAN_LEVEL_LABELS = {
  provincial: '省级',
  municipal: '市级',
  county: '县级',
  township: '乡级',
} as const satisfies Record<OrganLevel, string>;

/** The fields a person edits (the parent is changed by moving, not editing). */
export type OrganFields = {
  name: string;
  shortName: string;
  slug: string;
  type: OrganType;
  level: OrganLevel;
  creditCode: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  officeHours: string | null;
  sortOrder: number;
};

/** An organ as stored. */
export type Organ = OrganFields & {
  id: number;
  parentId: number | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
};

/** The editable fields, in form and export order. */
export const ORGAN_FIELD_NAMES = [
  'name',
  'shortName',
  'slug',
  'type',
  'level',
  'creditCode',
  'address',
  'postcode',
  'phone',
  'fax',
  'email',
  'officeHours',
  'sortOrder',
] as const satisfies readonly (keyof OrganFields)[];

/** Field labels, for forms, errors, exports and the audit page. */
export const ORGAN_FIELD_LABELS = {
  name: '名称',
  shortName: '简称',
  slug: '网址标识',
  type: '类型',
  level: '层级',
  creditCode: '统一社会信用代码',
  address: '地址',
  postcode: '邮编',
  phone: '电话',
  fax: '传真',
  email: '电子邮箱',
  officeHours: '办公时间',
  sortOrder: '排序号',
} as const satisfies Record<keyof OrganFields, string>;

/** 排序号 when none is given: after the organs that were put in order (the demo uses 0–4). */
export const DEFAULT_SORT_ORDER = 100;

/** A 网址标识 (portal URL key), as the organs table checks it. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Raw input as a form or a spreadsheet row gives it: strings, possibly missing. */
export type OrganFieldsInput = Partial<Record<keyof OrganFields, string | undefined>>;

// Free text keeps its full-width Chinese punctuation (，（）); codes and numbers are read NFKC
// (full-width digits and letters as people paste them become half-width).
const clean = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const cleanCode = (v: unknown) => (typeof v === 'string' ? v.normalize('NFKC').trim() : v);
const optionalText = (max: number, label: string, preprocess = clean) =>
  z
    .preprocess(preprocess, z.string().max(max, `${label}不能超过${max}个字`).optional())
    .transform((v) => (v ? v : null));

/** Parses a type from its code or its Chinese label (乡镇, 街道 also mean 乡镇（街道）). */
export function parseOrganType(text: string): OrganType | null {
  const t = text.normalize('NFKC').trim();
  const hit = ORGAN_TYPES.find((type) => type === t || ORGAN_TYPE_LABELS[type].normalize('NFKC') === t);
  return hit ?? (t === '乡镇' || t === '街道' ? 'township' : null);
}

/** Parses a level from its code or its Chinese label (县级市/区 are 县级; 乡镇级 is 乡级). */
export function parseOrganLevel(text: string): OrganLevel | null {
  const t = text.normalize('NFKC').trim();
  const hit = ORGAN_LEVELS.find((level) => level === t || ORGAN_LEVEL_LABELS[level] === t);
  return hit ?? (t === '乡镇级' || t === '乡镇' ? 'township' : null);
}

const typeList = ORGAN_TYPES.map((t) => ORGAN_TYPE_LABELS[t]).join('、');
const levelList = ORGAN_LEVELS.map((l) => ORGAN_LEVEL_LABELS[l]).join('、');

/** The zod schema of the editable fields, with Chinese messages. */
export const OrganFieldsSchema = z.object({
  name: z.preprocess(
    clean,
    z.string({ error: '请填写名称' }).min(2, '名称至少2个字').max(60, '名称不能超过60个字'),
  ),
  shortName: optionalText(30, '简称'),
  slug: z.preprocess(
    (v) => (typeof v === 'string' ? v.normalize('NFKC').trim().toLowerCase() : v),
    z
      .string({ error: '请填写网址标识' })
      .min(1, '请填写网址标识')
      .regex(SLUG_PATTERN, '网址标识只能由小写字母、数字和连字符（-）组成，以字母或数字开头，最长63位'),
  ),
  type: z.preprocess(
    (v) => (typeof v === 'string' ? (parseOrganType(v) ?? v) : v),
    z.enum(ORGAN_TYPES, { error: `类型应为${typeList}之一` }),
  ),
  level: z.preprocess(
    (v) => (typeof v === 'string' ? (parseOrganLevel(v) ?? v) : v),
    z.enum(ORGAN_LEVELS, { error: `层级应为${levelList}之一` }),
  ),
  creditCode: optionalText(40, '统一社会信用代码').transform((v, ctx) => {
    if (v === null) {
      return null;
    }
    const result = validateCreditCode(v);
    if (!result.isValid) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.code;
  }),
  address: optionalText(200, '地址'),
  postcode: optionalText(6, '邮编', cleanCode).refine(
    (v) => v === null || /^\d{6}$/.test(v),
    '邮编应为6位数字',
  ),
  phone: optionalText(60, '电话', cleanCode).refine(
    (v) => v === null || isPhoneList(v),
    '电话只能包含数字、空格、连字符、括号和顿号，例如 0533-4180000',
  ),
  fax: optionalText(60, '传真', cleanCode).refine(
    (v) => v === null || isPhoneList(v),
    '传真只能包含数字、空格、连字符、括号和顿号，例如 0533-4180001',
  ),
  email: optionalText(100, '电子邮箱', cleanCode).refine(
    (v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    '电子邮箱格式不正确，例如 bgs@example.gov.cn',
  ),
  officeHours: optionalText(200, '办公时间'),
  sortOrder: z.preprocess(
    (v) =>
      v === undefined || (typeof v === 'string' && v.trim() === '')
        ? DEFAULT_SORT_ORDER
        : typeof v === 'string'
          ? Number(v.normalize('NFKC').trim())
          : v,
    z
      .number({ error: '排序号应为0至9999的整数' })
      .int('排序号应为0至9999的整数')
      .min(0, '排序号应为0至9999的整数')
      .max(9999, '排序号应为0至9999的整数'),
  ),
});

function isPhoneList(v: string): boolean {
  return /^[0-9+\-() 、,;转]+$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5;
}

/** The first Chinese message per field. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Clean fields, or the messages. */
export type OrganFieldsResult =
  { isValid: true; value: OrganFields } | { isValid: false; errors: FieldErrors<keyof OrganFields> };

/**
 * Validates raw field input. An empty 简称 becomes the 名称.
 * @returns the clean fields, or the first Chinese message per field
 * @example parseOrganFields({ name: '博山区教育局', slug: 'jyj', type: '政府部门', level: '县级' }).isValid // true
 */
export function parseOrganFields(input: OrganFieldsInput): OrganFieldsResult {
  const parsed = OrganFieldsSchema.safeParse(input);
  if (!parsed.success) {
    const errors: FieldErrors<keyof OrganFields> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof OrganFields;
      errors[key] ??= issue.message;
    }
    return { isValid: false, errors };
  }
  const value = parsed.data;
  return { isValid: true, value: { ...value, shortName: value.shortName ?? value.name } };
}

/** The fields of an organ (drops id, parent, times, version). */
export function organFieldsOf(organ: OrganFields): OrganFields {
  return Object.fromEntries(ORGAN_FIELD_NAMES.map((k) => [k, organ[k]])) as OrganFields;
}

/** The changed fields only, before and after. */
export type OrganDiff = { before: Partial<OrganFields>; after: Partial<OrganFields> };

/**
 * The fields that differ, as the audit trail records them (before → after).
 * @example diffOrganFields(a, { ...a, name: '新名称' }) // { before: { name: a.name }, after: { name: '新名称' } }
 */
export function diffOrganFields(before: OrganFields, after: OrganFields): OrganDiff {
  const diff: OrganDiff = { before: {}, after: {} };
  for (const key of ORGAN_FIELD_NAMES) {
    if (before[key] !== after[key]) {
      (diff.before as Record<string, unknown>)[key] = before[key];
      (diff.after as Record<string, unknown>)[key] = after[key];
    }
  }
  return diff;
}
