/**
 * The words of 主动公开 as data: kinds of item, 体裁 (公文文种 + 其他), workflow states, 有效性,
 * forms of 解读 and reasons for withdrawal — each with the Chinese label the pages show.
 * Sources: portal-conventions §3.3–§3.5 and §6 (党政机关公文处理工作条例 第八条 for the 15 文种).
 */

/** What an item is. `normative` = 行政规范性文件, `rule` = 规章 (both carry 有效性). */
export const ITEM_KINDS = [
  'normative',
  'rule',
  'document',
  'interpretation',
  'notice',
  'annualReport',
  'other',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_LABELS = {
  normative: '行政规范性文件',
  rule: '规章',
  document: '其他文件',
  interpretation: '政策解读',
  notice: '工作动态和公告',
  annualReport: '政府信息公开工作年度报告',
  other: '其他信息',
} as const satisfies Record<ItemKind, string>;

/** Kinds whose 有效性 is tracked (portal-conventions §6.1). */
export const KINDS_WITH_VALIDITY: readonly ItemKind[] = ['normative', 'rule'];

/** 体裁: the 15 公文文种 of 中办发〔2012〕14号 plus non-公文 genres. */
export const GENRES = [
  '决议',
  '决定',
  '命令（令）',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
  '解读',
  '其他',
] as const;
export type Genre = (typeof GENRES)[number];

/** The workflow states (先审查后公开, 三审). */
export const ITEM_STATUSES = [
  'draft',
  'inReview',
  'inSigning',
  'scheduled',
  'published',
  'withdrawn',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const ITEM_STATUS_LABELS = {
  draft: '草稿',
  inReview: '待审核',
  inSigning: '待签发',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
} as const satisfies Record<ItemStatus, string>;

/** 有效性 (portal-conventions §6.1; the enum is our setting [U]). */
export const VALIDITIES = ['inForce', 'amended', 'repealed', 'lapsed', 'notYetInForce'] as const;
export type Validity = (typeof VALIDITIES)[number];
export const VALIDITY_LABELS = {
  inForce: '现行有效',
  amended: '已修改',
  repealed: '已废止',
  lapsed: '已失效',
  notYetInForce: '尚未生效',
} as const satisfies Record<Validity, string>;
/** 有效性 values that take an item out of force (shown in red, listed in 废止和失效). */
export const OUT_OF_FORCE: readonly Validity[] = ['repealed', 'lapsed'];

/** Forms of 政策解读 (portal-conventions §6.2). */
export const INTERPRETATION_FORMS = ['text', 'graphic', 'media', 'qa', 'pressConference'] as const;
export type InterpretationForm = (typeof INTERPRETATION_FORMS)[number];
export const INTERPRETATION_FORM_LABELS = {
  text: '文字解读',
  graphic: '图解',
  media: '音视频解读',
  qa: '政策问答',
  pressConference: '新闻发布会',
} as const satisfies Record<InterpretationForm, string>;

/** True when `value` is one of `list` (for values read from forms and rows). */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * The Chinese name of an item kind as stored (an unknown code is shown as it is).
 * @example itemKindLabel('normative') // '行政规范性文件'
 */
export function itemKindLabel(kind: string): string {
  return isOneOf(ITEM_KINDS, kind) ? ITEM_KIND_LABELS[kind] : kind;
}
