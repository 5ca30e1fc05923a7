/**
 * Table 二's entered figures (issue 12): 行政许可 / 行政处罚 / 行政强制 本年处理决定数量 and
 * 行政事业性收费 本年收费金额（单位：万元） — not platform data, so a person enters them per organ and
 * year from the system that holds them (「省一体化政务服务平台」), by form or import. Pure: the
 * form's and a sheet row's texts → figures, or one Chinese message per field.
 *
 * - Counts are non-negative integers (the form's column is 本年处理决定数量; domain-zh §2.3: only
 *   the fee column has a unit, the others are counts). 0 is a figure; empty is "not entered" and
 *   stays blank in the report (decision 001), never 0.
 * - The fee is in 万元 with at most four decimals — 0.0001 万元 is 1 元, the smallest amount a
 *   收费 is stated in (decision 037). Kept as a decimal string so no binary rounding creeps in.
 * - Full-width digits and thousands separators are accepted (people paste from WPS and web pages).
 */
import type { FieldErrors } from '../field-errors.ts';

/** The figures of one organ and year as entered. */
export type EnteredFigures = {
  licensing: number | null;
  penalties: number | null;
  coercion: number | null;
  /** 万元, a decimal string with at most four decimals (`'12.5'`), or null. */
  feesWanYuan: string | null;
  sourceSystem: string;
  note: string;
};

/** The form's and the import's field keys. */
export const ENTERED_FIGURE_FIELDS = [
  'licensing',
  'penalties',
  'coercion',
  'feesWanYuan',
  'sourceSystem',
  'note',
] as const;
export type EnteredFigureField = (typeof ENTERED_FIGURE_FIELDS)[number];

/** Chinese names of the fields (form labels, messages, the audit page). */
export const ENTERED_FIGURE_LABELS = {
  licensing: '行政许可本年处理决定数量',
  penalties: '行政处罚本年处理决定数量',
  coercion: '行政强制本年处理决定数量',
  feesWanYuan: '行政事业性收费本年收费金额（万元）',
  sourceSystem: '数据来源系统',
  note: '备注',
} as const satisfies Record<EnteredFigureField, string>;

/** The largest count accepted (a 行政处罚 count of a big city's traffic police stays far below). */
export const MAX_DECISIONS = 999_999_999;
/** The largest fee accepted, 万元 (1万亿元). */
export const MAX_FEES_WAN_YUAN = 99_999_999;
/** Decimals of a 万元 amount: four is 1 元. */
export const FEE_DECIMALS = 4;
export const MAX_SOURCE_LENGTH = 100;
export const MAX_NOTE_LENGTH = 500;

const FULL_WIDTH = /[０-９．－，]/g;
const toHalfWidth = (text: string) =>
  text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The number as typed: trimmed, half-width, thousands separators removed. */
function cleanNumber(raw: string | undefined): string {
  return toHalfWidth((raw ?? '').trim()).replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
}

/**
 * A count cell: null when empty.
 * @example parseCount('1,204') // { ok: true, value: 1204 }
 * @example parseCount('1.5') // { ok: false, message: '应为整数（件数），不能有小数' }
 */
export function parseCount(
  raw: string | undefined,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const text = cleanNumber(raw);
  if (text === '') {
    return { ok: true, value: null };
  }
  if (/^-\s*\d/.test(text)) {
    return { ok: false, message: '不能为负数' };
  }
  if (/^\d+\.\d+$/.test(text)) {
    return /^\d+\.0+$/.test(text)
      ? parseCount(text.replace(/\.0+$/, ''))
      : { ok: false, message: '应为整数（件数），不能有小数' };
  }
  if (!/^\d+$/.test(text)) {
    return { ok: false, message: `「${text.slice(0, 20)}」不是数字，请填写不小于 0 的整数` };
  }
  const digits = text.replace(/^0+(?=\d)/, '');
  if (digits.length > 9 || Number(digits) > MAX_DECISIONS) {
    return { ok: false, message: `数值过大，不能超过 ${MAX_DECISIONS}` };
  }
  return { ok: true, value: Number(digits) };
}

/**
 * A 万元 amount: null when empty, else the decimal string without trailing zeros.
 * @example parseWanYuan('0.12') // { ok: true, value: '0.12' }
 * @example parseWanYuan('0.123456').ok // false — at most four decimals
 */
export function parseWanYuan(
  raw: string | undefined,
): { ok: true; value: string | null } | { ok: false; message: string } {
  const text = cleanNumber(raw).replace(/\s*万元$/, '');
  if (text === '') {
    return { ok: true, value: null };
  }
  if (/^-\s*\d/.test(text)) {
    return { ok: false, message: '不能为负数' };
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) {
    return { ok: false, message: `「${text.slice(0, 20)}」不是数字，请填写以万元为单位的金额，如 12.5` };
  }
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > FEE_DECIMALS) {
    return { ok: false, message: `单位为万元，最多保留 ${FEE_DECIMALS} 位小数（即精确到元）` };
  }
  if (whole.length > 8 || Number(whole) > MAX_FEES_WAN_YUAN) {
    return { ok: false, message: `数值过大，不能超过 ${MAX_FEES_WAN_YUAN} 万元` };
  }
  return { ok: true, value: fraction === '' ? whole : `${whole}.${fraction}` };
}

function parseText(
  raw: string | undefined,
  max: number,
): { ok: true; value: string } | { ok: false; message: string } {
  const value = (raw ?? '').trim();
  if (CONTROL.test(value)) {
    return { ok: false, message: '含有不可见的控制字符，请删除后重试' };
  }
  return value.length > max
    ? { ok: false, message: `不能超过 ${max} 个字（现有 ${value.length} 个字）` }
    : { ok: true, value };
}

/**
 * The entered figures from form or sheet texts, or the fields in error (Chinese, each message
 * starting with the field's name). A figure needs its source system.
 * @example parseEnteredFigures({ licensing: '12', sourceSystem: '省一体化政务服务平台' }).ok // true
 */
export function parseEnteredFigures(
  raw: Partial<Record<EnteredFigureField, string | undefined>>,
): { ok: true; figures: EnteredFigures } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const take = <T>(
    field: EnteredFigureField,
    result: { ok: true; value: T } | { ok: false; message: string },
    empty: T,
  ): T => {
    if (result.ok) {
      return result.value;
    }
    errors[field] = `${ENTERED_FIGURE_LABELS[field]}${result.message}`;
    return empty;
  };
  const figures: EnteredFigures = {
    licensing: take('licensing', parseCount(raw.licensing), null),
    penalties: take('penalties', parseCount(raw.penalties), null),
    coercion: take('coercion', parseCount(raw.coercion), null),
    feesWanYuan: take('feesWanYuan', parseWanYuan(raw.feesWanYuan), null),
    sourceSystem: take('sourceSystem', parseText(raw.sourceSystem, MAX_SOURCE_LENGTH), ''),
    note: take('note', parseText(raw.note, MAX_NOTE_LENGTH), ''),
  };
  const hasFigure = (['licensing', 'penalties', 'coercion', 'feesWanYuan'] as const).some(
    (field) => (raw[field] ?? '').trim() !== '',
  );
  if (hasFigure && figures.sourceSystem === '' && errors.sourceSystem === undefined) {
    errors.sourceSystem = '请填写数据来源系统，如「省一体化政务服务平台」「行政执法监督平台」';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, figures };
}

/** The fee as the report's number (万元), null when not entered. */
export const feesNumber = (figures: Pick<EnteredFigures, 'feesWanYuan'> | null): number | null =>
  figures?.feesWanYuan === null || figures === null ? null : Number(figures.feesWanYuan);
