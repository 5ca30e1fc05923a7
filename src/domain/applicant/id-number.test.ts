import { describe, expect, it } from 'vitest';
import { localDate } from '../calendar/local-date.ts';
import { normalizeIdNumber, residentIdCheckCharacter, validateIdNumber, type IdType } from './id-number.ts';

const today = localDate('2025-06-01');
/** A resident ID number with its correct check character. */
const complete = (first17: string): string => first17 + residentIdCheckCharacter(first17)!;
const reasonOf = (idType: IdType, input: string): string => {
  const result = validateIdNumber(idType, input, today);
  return result.isValid ? '' : result.reason;
};

describe('居民身份证号码 (GB 11643-1999)', () => {
  it("accepts the standard's own example, whose check character is X", () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(validateIdNumber('residentIdCard', '11010519491231002X', today)).toEqual({
      isValid: true,
      idType: 'residentIdCard',
      number: '11010519491231002X',
    });
  });

  it('reads a lower-case x, full-width digits and spaces as people type them', () => {
    expect(normalizeIdNumber('１１０１０５ 19491231 002x')).toBe('11010519491231002X');
    expect(validateIdNumber('residentIdCard', ' 110105 1949 1231 002x ', today).isValid).toBe(true);
  });

  it('accepts region codes starting 1 to 8 (8 for 港澳台居民居住证)', () => {
    expect(validateIdNumber('residentIdCard', complete('81000019900101002'), today).isValid).toBe(true);
    expect(validateIdNumber('residentIdCard', complete('37030420250601001'), today).isValid).toBe(true); // born today
  });

  it.each([
    ['a wrong check character', '110105194912310021', '身份证号码校验位不正确，应为 X'],
    ['two digits swapped', '110105194912301002X'.slice(0, 18), '身份证号码校验位不正确，应为'],
    ['17 digits', '11010519491231002', '居民身份证号码应为18位，当前为17位'],
    ['an old 15-digit number', '110105491231002', '15位的旧居民身份证号码已停止使用，请填写18位号码'],
    ['a letter inside', '1101051949123100AX', '居民身份证号码前17位应为数字，第18位为数字或 X'],
    ['region code starting with 9', complete('91010519491231002'), '第1位（行政区划代码）应为1至8，而不是 9'],
    ['region code starting with 0', complete('01010519491231002'), '第1位（行政区划代码）应为1至8'],
    ['30 February', complete('11010519900230002'), '出生日期 19900230 不是有效日期'],
    ['29 February in a common year', complete('11010520230229002'), '出生日期 20230229 不是有效日期'],
    ['a birth date before 1900', complete('11010518991231002'), '出生日期 18991231 不是有效日期'],
    ['a birth date tomorrow', complete('11010520250602002'), '出生日期 20250602 晚于今天'],
    ['nothing', '   ', '请填写居民身份证号码'],
    ['an absurdly long value', '1'.repeat(10_000), '居民身份证号码过长'],
  ])('refuses %s', (_name, input, reason) => {
    expect(reasonOf('residentIdCard', input)).toContain(reason);
  });

  it('accepts 29 February of a leap year', () => {
    expect(validateIdNumber('residentIdCard', complete('11010520000229002'), today).isValid).toBe(true);
  });
});

describe('other 身份证明 documents: a lighter format check', () => {
  it.each([
    ['passport', 'E12345678'],
    ['passport', 'ab 123 4567'],
    ['hkMacaoPermit', 'H12345678'],
    ['hkMacaoPermit', 'm1234567801'],
    ['taiwanPermit', '12345678'],
    ['taiwanPermit', '1234567890(B)'],
    ['foreignPermanentResidentCard', 'USA123456789012'],
    ['foreignPermanentResidentCard', complete('93384019900101001')],
  ] as const)('accepts a %s number %s', (idType, input) => {
    expect(validateIdNumber(idType, input, today).isValid).toBe(true);
  });

  it.each([
    ['passport', 'E12', '护照号码应为5至20位字母或数字'],
    ['passport', 'E1234567😀', '护照号码应为5至20位字母或数字'],
    ['hkMacaoPermit', 'X12345678', '港澳居民来往内地通行证号码应为H 或 M 开头加8位数字'],
    ['taiwanPermit', '1234567', '台湾居民来往大陆通行证号码应为8位数字'],
    ['foreignPermanentResidentCard', '123456789012345', '外国人永久居留身份证号码应为15位'],
    ['foreignPermanentResidentCard', '933840199001010010', '外国人永久居留身份证号码校验位不正确'],
  ] as const)('refuses a %s number %s', (idType, input, reason) => {
    expect(reasonOf(idType, input)).toContain(reason);
  });
});
