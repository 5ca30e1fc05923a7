import { describe, expect, it } from 'vitest';
import {
  completeCreditCode,
  creditCodeCheckCharacter,
  normalizeCreditCode,
  validateCreditCode,
} from './credit-code.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  // Real codes as published: the standard's own example, government organs (机构编制 11…) from
  // published 索引号 (博山区, 安徽 孙埠镇, 甘肃), a 事业单位 (12…) and companies (91…).
  it.each([
    ['the example in GB 32100-2015', '91350100M000100Y43'],
    ['a 博山区 organ (索引号 113703040042180156/2025-…)', '113703040042180156'],
    ['安徽 孙埠镇 (索引号 113417030032499282/…)', '113417030032499282'],
    ['a 甘肃 county-level city organ', '11620622013933539B'],
    ['a 事业单位', '12100000400000624D'],
    ['a company whose check character is a letter', '91110000802100433B'],
    ['another company', '91440300708461136T'],
  ])('accepts %s', (_name, code) => {
    expect(validateCreditCode(code)).toEqual({ isValid: true, code });
  });

  it.each([
    ['a wrong check character', '11370304004218015X', '统一社会信用代码的校验码（第18位）应为 6，而不是 X'],
    ['two digits swapped', '113703040042180516', '统一社会信用代码的校验码（第18位）应为'],
    ['17 characters', '11370304004218015', '统一社会信用代码应为18位，当前为17位'],
    ['19 characters', '1137030400421801566', '统一社会信用代码应为18位，当前为19位'],
    [
      'the letter O (not in the code set)',
      '91350100MO00100Y43',
      '第10位「O」是非法字符（字母 I、O、Z、S、V 不用于统一社会信用代码）',
    ],
    ['a Chinese character', '9135010０M000100Y4号', '第18位「号」是非法字符'],
    ['letters in the region code', '91AB0100M000100Y43', '第3至8位（登记管理机关行政区划码）应为数字'],
    ['an empty value', '', '统一社会信用代码应为18位，当前为0位'],
  ])('refuses %s', (_name, code, reason) => {
    const result = validateCreditCode(code);
    expect(result.isValid).toBe(false);
    expect(result.isValid ? '' : result.reason).toContain(reason);
  });

  it('reads full-width digits, lower case and spaces as people paste them', () => {
    expect(normalizeCreditCode('９１３５ 0100m000100y43')).toBe('91350100M000100Y43');
    expect(validateCreditCode(' 91350100m000100y43 ')).toEqual({ isValid: true, code: '91350100M000100Y43' });
  });

  it('writes a check value of 31 as 0 and completes demo codes', () => {
    // Search a prefix whose weighted sum is divisible by 31: its check character must be '0'.
    const prefix = Array.from({ length: 31 }, (_, i) => `1137030400000${String(i).padStart(3, '0')}1`).find(
      (p) => creditCodeCheckCharacter(p) === '0',
    );
    expect(prefix).toBeDefined();
    expect(validateCreditCode(`${prefix!}0`).isValid).toBe(true);
    expect(validateCreditCode(completeCreditCode('11370304MB0123456')).isValid).toBe(true);
    expect(() => completeCreditCode('short')).toThrow();
  });
});
