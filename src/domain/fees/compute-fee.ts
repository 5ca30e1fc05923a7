/**
 * 信息处理费 for one application (国办函〔2020〕109号 第三条至第五条). Pure; amounts in whole 元.
 * The tariff and its [U] readings are in fee-settings.ts.
 */
import { FeeInputError, type FeeField } from './fee-input-error.ts';
import {
  FEE_SETTINGS,
  MAX_MONTHLY_ORDINAL,
  MAX_PAGES,
  PER_PAGE_BANDS,
  perApplicationBand,
  type FeeSettings,
} from './fee-settings.ts';

/** The two methods of 第三条. */
export type FeeMethod = 'perApplication' | 'perVolume';

export const FEE_METHOD_LABELS = {
  perApplication: '按件计收',
  perVolume: '按量计收',
} as const satisfies Record<FeeMethod, string>;

/**
 * What a fee is computed from. A discriminated union: an application is charged 按件 **or** 按量,
 * never both (第三条), so a value with both counts cannot be written.
 */
export type FeeInput =
  | {
      method: 'perApplication';
      /** This application is the applicant's N-th in the 自然月 (see `monthlyOrdinal`). */
      monthlyOrdinal: number;
    }
  | {
      method: 'perVolume';
      /** Pages provided (paper, e-mail or copied electronic data, 第五条). */
      pages: number;
      /** The information was already proactively published ([U] exemption, see FeeSettings). */
      isProactivelyPublished: boolean;
    };

/** The fee and how it was reached, line by line in Chinese (for the 收费通知 and the case file). */
export type FeeResult = {
  method: FeeMethod;
  amountYuan: number;
  breakdown: readonly string[];
};

/**
 * Checks a count: a whole number from `min` to `max`.
 * @throws FeeInputError NOT_A_NUMBER, NEGATIVE, NOT_INTEGER, ZERO_ORDINAL or TOO_LARGE
 */
export function assertCount(value: number, field: Exclude<FeeField, 'method'>): void {
  const name = field === 'pages' ? '页数' : '本月申请件数';
  const max = field === 'pages' ? MAX_PAGES : MAX_MONTHLY_ORDINAL;
  if (!Number.isFinite(value)) {
    throw new FeeInputError('NOT_A_NUMBER', field, `${name}应为数字`);
  }
  if (value < 0) {
    throw new FeeInputError('NEGATIVE', field, `${name}不能为负数`);
  }
  if (!Number.isInteger(value)) {
    throw new FeeInputError('NOT_INTEGER', field, `${name}应为整数`);
  }
  if (field === 'monthlyOrdinal' && value === 0) {
    throw new FeeInputError('ZERO_ORDINAL', field, '本月申请件数至少为 1（含本件）');
  }
  if (value > max) {
    throw new FeeInputError('TOO_LARGE', field, `${name}超过 ${max.toLocaleString('en-US')}，请核对`);
  }
}

/** 按件计收: the rate of the band the application falls into (第四条). */
function perApplicationFee(ordinal: number, settings: FeeSettings): FeeResult {
  const band = perApplicationBand(ordinal, settings);
  const line =
    band.feeYuan === 0
      ? `本月第${ordinal}件申请，在每月10件（含）以内，不收费（第四条）`
      : `本月第${ordinal}件申请，属于第${band.from}至${band.to ?? ''}件档，按件计收${band.feeYuan}元（第四条）`;
  return { method: 'perApplication', amountYuan: band.feeYuan, breakdown: [line, `合计：${band.feeYuan}元`] };
}

/** 按量计收: each band only on the pages that fall into it (第五条, 超额累进). */
function perVolumeFee(pages: number, isProactivelyPublished: boolean, settings: FeeSettings): FeeResult {
  if (isProactivelyPublished && settings.isProactivelyPublishedExemptFromVolumeFee) {
    return {
      method: 'perVolume',
      amountYuan: 0,
      breakdown: ['所申请的政府信息已经主动公开，不按量收费（第五条）', '合计：0元'],
    };
  }
  const lines: string[] = [];
  let amount = 0;
  for (const band of PER_PAGE_BANDS) {
    const upTo = band.to === null ? pages : Math.min(pages, band.to);
    const count = upTo - band.from + 1;
    if (count <= 0) {
      break;
    }
    const part = count * band.feeYuan;
    amount += part;
    const range = `第${band.from}至${upTo}页（${count}页）`;
    lines.push(
      band.feeYuan === 0
        ? `${range}：不收费（第五条）`
        : `${range} × ${band.feeYuan}元/页 = ${part}元（第五条）`,
    );
  }
  if (lines.length === 0) {
    lines.push('0页：不收费（第五条）');
  }
  return { method: 'perVolume', amountYuan: amount, breakdown: [...lines, `合计：${amount}元`] };
}

/**
 * The 信息处理费 of one application.
 * @param input 按件 with the month's ordinal, or 按量 with the page count
 * @param settings the [U] readings (defaults: FEE_SETTINGS)
 * @returns the amount in 元 and the breakdown citing 第四条/第五条
 * @throws FeeInputError when a count is negative, fractional, zero (ordinal) or absurdly large
 * @example computeFee({ method: 'perApplication', monthlyOrdinal: 11 }).amountYuan // 100
 * @example computeFee({ method: 'perApplication', monthlyOrdinal: 31 }).amountYuan // 200 (default reading)
 * @example computeFee({ method: 'perVolume', pages: 101, isProactivelyPublished: false }).amountYuan // 720
 */
export function computeFee(input: FeeInput, settings: FeeSettings = FEE_SETTINGS): FeeResult {
  switch (input.method) {
    case 'perApplication':
      assertCount(input.monthlyOrdinal, 'monthlyOrdinal');
      return perApplicationFee(input.monthlyOrdinal, settings);
    case 'perVolume':
      assertCount(input.pages, 'pages');
      return perVolumeFee(input.pages, input.isProactivelyPublished, settings);
    default: {
      const unreachable: never = input;
      throw new Error(`unknown fee method ${String(unreachable)}`);
    }
  }
}
