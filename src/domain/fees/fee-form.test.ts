import { describe, expect, it } from 'vitest';
import { readFeeForm } from './fee-form.ts';
import { FeeInputError } from './fee-input-error.ts';

function errorOf(run: () => unknown): FeeInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof FeeInputError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a FeeInputError');
}

describe('readFeeForm: one method per application (第三条)', () => {
  it('reads 按件 and 按量 from the method and its field', () => {
    expect(readFeeForm({ method: 'perApplication', monthlyOrdinal: '12' })).toEqual({
      method: 'perApplication',
      monthlyOrdinal: 12,
    });
    expect(readFeeForm({ method: '按量', pages: '１２０', isProactivelyPublished: '是' })).toEqual({
      method: 'perVolume',
      pages: 120,
      isProactivelyPublished: true,
    });
  });

  it('infers the method from the only field filled in', () => {
    expect(readFeeForm({ pages: ' 1,200 ' })).toEqual({
      method: 'perVolume',
      pages: 1200,
      isProactivelyPublished: false,
    });
    expect(readFeeForm({ monthlyOrdinal: '3', pages: '   ' })).toEqual({
      method: 'perApplication',
      monthlyOrdinal: 3,
    });
  });

  it.each([
    ['both counts without a method', { monthlyOrdinal: '12', pages: '40' }, 'BOTH_METHODS', 'method'],
    ['pages with 按件', { method: '按件', monthlyOrdinal: '12', pages: '40' }, 'BOTH_METHODS', 'method'],
    ['nothing at all', {}, 'NO_METHOD', 'method'],
    ['an unknown method', { method: 'both', pages: '40' }, 'NO_METHOD', 'method'],
    ['按件 without its count', { method: 'perApplication' }, 'MISSING', 'monthlyOrdinal'],
    ['words for pages', { pages: '三十页' }, 'NOT_A_NUMBER', 'pages'],
    ['SQL in a count', { pages: '1; DROP TABLE cases;--' }, 'NOT_A_NUMBER', 'pages'],
    ['a negative count', { pages: '-5' }, 'NEGATIVE', 'pages'],
    ['a fraction', { monthlyOrdinal: '2.5' }, 'NOT_INTEGER', 'monthlyOrdinal'],
    ['an absurd count', { pages: '99999999' }, 'TOO_LARGE', 'pages'],
  ])('refuses %s', (_name, form, code, field) => {
    expect(errorOf(() => readFeeForm(form))).toMatchObject({ code, field });
  });

  it('says why in Chinese', () => {
    expect(errorOf(() => readFeeForm({ monthlyOrdinal: '12', pages: '40' })).message).toBe(
      '同一申请只能选择按件计收或按量计收中的一种，不得同时按两种方式收费（第三条）',
    );
    expect(errorOf(() => readFeeForm({ method: 'perVolume', monthlyOrdinal: '2' })).message).toContain(
      '已选择按量计收',
    );
  });
});
