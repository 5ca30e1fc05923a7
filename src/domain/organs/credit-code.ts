/**
 * 统一社会信用代码 (unified social credit code) per GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》.
 *
 * 18 characters: 登记管理部门码 (1) · 机构类别码 (1) · 登记管理机关行政区划码 (6 digits) · 主体标识码
 * (组织机构代码, 9) · 校验码 (1). The code set is 0–9 and the capital letters without I, O, Z, S and V
 * (31 characters, values 0–30). The check character is C18 = 31 − (Σ Ci × Wi mod 31), with
 * Wi = 3^(i−1) mod 31, i.e. 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28; a result of
 * 31 is written 0 (GB 32100-2015 §4.3 and 附录 A).
 */

/** The code set in value order: '0' = 0 … '9' = 9, 'A' = 10 … 'Y' = 30 (no I, O, Z, S, V). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17 (GB 32100-2015 §4.3). */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The normalized code, or why it is not valid (Chinese). */
export type CreditCodeResult = { isValid: true; code: string } | { isValid: false; reason: string };

/**
 * The check character for the first 17 characters, or null when they are not 17 characters of the code set.
 * @example creditCodeCheckCharacter('91350100M000100Y4') // '3'
 */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) {
    return null;
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (value < 0) {
      return null;
    }
    sum += value * CREDIT_CODE_WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET[check === 31 ? 0 : check]!;
}

/**
 * Normalizes what people type or paste: full-width characters to half-width, lower to upper
 * case, spaces and hyphens removed.
 * @example normalizeCreditCode('９１３５ 0100m000100y43') // '91350100M000100Y43'
 */
export function normalizeCreditCode(input: string): string {
  return input.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Validates a (normalized) 统一社会信用代码 and explains a mistake in Chinese.
 * @example validateCreditCode('91350100M000100Y43') // { isValid: true, code: '91350100M000100Y43' }
 * @example validateCreditCode('91350100M000100Y44') // { isValid: false, reason: '统一社会信用代码的校验码（第18位）应为 3，而不是 4' }
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const code = normalizeCreditCode(input);
  if (code.length !== 18) {
    return { isValid: false, reason: `统一社会信用代码应为18位，当前为${code.length}位` };
  }
  const badIndex = [...code].findIndex((ch) => !CREDIT_CODE_CHARSET.includes(ch));
  if (badIndex >= 0) {
    const ch = code[badIndex]!;
    const hint = /[IOZSV]/.test(ch) ? '（字母 I、O、Z、S、V 不用于统一社会信用代码）' : '';
    return { isValid: false, reason: `统一社会信用代码第${badIndex + 1}位「${ch}」是非法字符${hint}` };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { isValid: false, reason: '统一社会信用代码第3至8位（登记管理机关行政区划码）应为数字' };
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17))!;
  if (code[17] !== expected) {
    return {
      isValid: false,
      reason: `统一社会信用代码的校验码（第18位）应为 ${expected}，而不是 ${code[17]!}`,
    };
  }
  return { isValid: true, code };
}

/**
 * Completes 17 characters with their check character (demo data, tests).
 * @throws Error when the 17 characters are not of the code set
 * @example completeCreditCode('11370304MB0000001') // '11370304MB0000001' + check character
 */
export function completeCreditCode(first17: string): string {
  const check = creditCodeCheckCharacter(first17);
  if (check === null) {
    throw new Error(`not 17 characters of the credit code set: ${first17}`);
  }
  return first17 + check;
}
