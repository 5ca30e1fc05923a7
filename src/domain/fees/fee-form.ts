/**
 * The runtime guard for fee input typed into a form (staff 收费 page, CLI flags): turns raw
 * strings into a `FeeInput`, refusing an application charged by both methods (第三条
 * 「不得同时按两种方式收费」 as restated in domain-zh.md §3.2).
 */
import { assertCount, type FeeInput } from './compute-fee.ts';
import { FeeInputError, type FeeField } from './fee-input-error.ts';

/** Raw form values: `method` ('perApplication' | 'perVolume' | 按件 | 按量), `monthlyOrdinal`, `pages`, `isProactivelyPublished`. */
export type FeeForm = Readonly<Record<string, string | undefined>>;

const METHOD_WORDS: Readonly<Record<string, FeeInput['method']>> = {
  perApplication: 'perApplication',
  perVolume: 'perVolume',
  按件: 'perApplication',
  按件计收: 'perApplication',
  按量: 'perVolume',
  按量计收: 'perVolume',
};

const clean = (value: string | undefined): string => (value ?? '').normalize('NFKC').trim();

/** Reads a count written in ASCII or full-width digits. */
function readCount(raw: string | undefined, field: Exclude<FeeField, 'method'>): number {
  const text = clean(raw).replace(/,/g, '');
  const name = field === 'pages' ? '页数' : '本月申请件数';
  if (text === '') {
    throw new FeeInputError('MISSING', field, `请填写${name}`);
  }
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) {
    throw new FeeInputError('NOT_A_NUMBER', field, `${name}应为数字，而不是「${text.slice(0, 20)}」`);
  }
  const value = Number(text);
  assertCount(value, field);
  return value;
}

/**
 * Reads the fee form.
 * @throws FeeInputError NO_METHOD, BOTH_METHODS, or a count error on the method's field
 * @example readFeeForm({ method: '按量', pages: '１２０' }) // { method: 'perVolume', pages: 120, isProactivelyPublished: false }
 * @example readFeeForm({ monthlyOrdinal: '12', pages: '40' }) // throws BOTH_METHODS
 */
export function readFeeForm(form: FeeForm): FeeInput {
  const hasOrdinal = clean(form.monthlyOrdinal) !== '';
  const hasPages = clean(form.pages) !== '';
  const named = clean(form.method);
  const method = named === '' ? undefined : METHOD_WORDS[named];
  if (named !== '' && method === undefined) {
    throw new FeeInputError(
      'NO_METHOD',
      'method',
      `收费方式只能是按件计收或按量计收，而不是「${named.slice(0, 20)}」`,
    );
  }
  if (hasOrdinal && hasPages) {
    throw new FeeInputError(
      'BOTH_METHODS',
      'method',
      '同一申请只能选择按件计收或按量计收中的一种，不得同时按两种方式收费（第三条）',
    );
  }
  const chosen = method ?? (hasOrdinal ? 'perApplication' : hasPages ? 'perVolume' : undefined);
  if (chosen === undefined) {
    throw new FeeInputError('NO_METHOD', 'method', '请选择收费方式：按件计收或按量计收');
  }
  if (chosen === 'perApplication') {
    if (hasPages) {
      throw new FeeInputError(
        'BOTH_METHODS',
        'pages',
        '已选择按件计收，不应再填写页数（第三条：不得同时按两种方式收费）',
      );
    }
    return { method: chosen, monthlyOrdinal: readCount(form.monthlyOrdinal, 'monthlyOrdinal') };
  }
  if (hasOrdinal) {
    throw new FeeInputError(
      'BOTH_METHODS',
      'monthlyOrdinal',
      '已选择按量计收，不应再填写本月申请件数（第三条：不得同时按两种方式收费）',
    );
  }
  const published = clean(form.isProactivelyPublished);
  return {
    method: chosen,
    pages: readCount(form.pages, 'pages'),
    isProactivelyPublished: ['true', 'on', '1', '是'].includes(published),
  };
}
