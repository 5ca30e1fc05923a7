import { describe, expect, it } from 'vitest';
import { computeFee } from './compute-fee.ts';
import { FeeInputError } from './fee-input-error.ts';
import { FEE_SETTINGS, perApplicationBand, type FeeSettings } from './fee-settings.ts';

const perApplication = (monthlyOrdinal: number) => computeFee({ method: 'perApplication', monthlyOrdinal });
const perVolume = (pages: number, isProactivelyPublished = false) =>
  computeFee({ method: 'perVolume', pages, isProactivelyPublished });

describe('按件计收 (第四条): the N-th application of the 自然月', () => {
  it.each([
    [1, 0],
    [10, 0], // 含10件: free
    [11, 100], // the 11th is the first that costs
    [30, 100], // 含30件
    [31, 200], // [U] default reading: first band above 30 is 200
    [40, 200],
    [41, 300],
    [50, 300],
    [51, 400],
    [100, 800],
  ])('charges the application numbered %i in the month %i元', (ordinal, fee) => {
    expect(perApplication(ordinal).amountYuan).toBe(fee);
  });

  it('explains the band and cites 第四条', () => {
    expect(perApplication(10).breakdown).toEqual([
      '本月第10件申请，在每月10件（含）以内，不收费（第四条）',
      '合计：0元',
    ]);
    expect(perApplication(35).breakdown).toEqual([
      '本月第35件申请，属于第31至40件档，按件计收200元（第四条）',
      '合计：200元',
    ]);
  });

  it('reads the bands above 30 from the setting (the alternative reading: 31–40 still 100元)', () => {
    const alternative: FeeSettings = {
      ...FEE_SETTINGS,
      perApplicationBandAbove30: { bandSize: 10, firstBandFeeYuan: 100, stepYuan: 100 },
    };
    expect(computeFee({ method: 'perApplication', monthlyOrdinal: 31 }, alternative).amountYuan).toBe(100);
    expect(computeFee({ method: 'perApplication', monthlyOrdinal: 41 }, alternative).amountYuan).toBe(200);
    expect(perApplicationBand(45)).toEqual({ from: 41, to: 50, feeYuan: 300 });
  });
});

describe('按量计收 (第五条): pages, progressive on the excess only', () => {
  it.each([
    [0, 0],
    [1, 0],
    [30, 0], // 含30页: free
    [31, 10], // only the 31st page is charged
    [100, 700], // 70 × 10
    [101, 720], // 700 + 1 × 20
    [200, 2700], // 700 + 100 × 20
    [201, 2740], // 2700 + 1 × 40
    [250, 4700], // 2700 + 50 × 40
  ])('charges %i pages %i元', (pages, fee) => {
    expect(perVolume(pages).amountYuan).toBe(fee);
  });

  it('lists each band with its pages and cites 第五条', () => {
    expect(perVolume(250).breakdown).toEqual([
      '第1至30页（30页）：不收费（第五条）',
      '第31至100页（70页） × 10元/页 = 700元（第五条）',
      '第101至200页（100页） × 20元/页 = 2000元（第五条）',
      '第201至250页（50页） × 40元/页 = 2000元（第五条）',
      '合计：4700元',
    ]);
    expect(perVolume(0).breakdown).toEqual(['0页：不收费（第五条）', '合计：0元']);
  });

  it('charges nothing by volume for information already proactively published ([U] setting)', () => {
    expect(perVolume(500, true)).toEqual({
      method: 'perVolume',
      amountYuan: 0,
      breakdown: ['所申请的政府信息已经主动公开，不按量收费（第五条）', '合计：0元'],
    });
    const noExemption: FeeSettings = { ...FEE_SETTINGS, isProactivelyPublishedExemptFromVolumeFee: false };
    expect(
      computeFee({ method: 'perVolume', pages: 31, isProactivelyPublished: true }, noExemption).amountYuan,
    ).toBe(10);
  });

  it('keeps amounts whole 元 up to the largest accepted page count', () => {
    expect(perVolume(1_000_000).amountYuan).toBe(2700 + (1_000_000 - 200) * 40);
  });
});

describe('computeFee refuses counts that cannot be right', () => {
  it.each([
    ['a negative page count', () => perVolume(-1), 'NEGATIVE', '页数不能为负数'],
    ['a fractional page count', () => perVolume(30.5), 'NOT_INTEGER', '页数应为整数'],
    ['an absurd page count', () => perVolume(1_000_001), 'TOO_LARGE', '页数超过 1,000,000，请核对'],
    ['NaN pages', () => perVolume(Number.NaN), 'NOT_A_NUMBER', '页数应为数字'],
    ['the 0th application', () => perApplication(0), 'ZERO_ORDINAL', '本月申请件数至少为 1（含本件）'],
    ['a negative ordinal', () => perApplication(-3), 'NEGATIVE', '本月申请件数不能为负数'],
    [
      'infinite applications',
      () => perApplication(Number.POSITIVE_INFINITY),
      'NOT_A_NUMBER',
      '本月申请件数应为数字',
    ],
    ['an absurd ordinal', () => perApplication(100_001), 'TOO_LARGE', '本月申请件数超过 100,000，请核对'],
  ])('refuses %s', (_name, run, code, message) => {
    expect(run).toThrow(FeeInputError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ code, message });
    }
  });
});
