import { describe, expect, it } from 'vitest';
import {
  validateEmail,
  validateLandline,
  validateMobile,
  validatePhone,
  validatePostcode,
} from './contact.ts';

const valueOf = (result: { isValid: boolean; value?: string }) => (result.isValid ? result.value : null);

describe('联系电话', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['0086 19912345678', '19912345678'],
    ['１３８００１３８０００', '13800138000'],
  ])('reads the mobile number %s', (input, value) => {
    expect(valueOf(validateMobile(input))).toBe(value);
  });

  it.each(['12800138000', '1380013800', '138001380001', '23800138000', '138OO138OOO', ''])(
    'refuses the mobile number %s',
    (input) => {
      expect(validateMobile(input)).toEqual({ isValid: false, reason: '手机号码应为以1开头的11位数字' });
    },
  );

  it.each([
    ['0533-4181234', '0533-4181234'],
    ['053341812345', '0533-41812345'],
    ['010-12345678', '010-12345678'],
    ['(0533)4181234', '0533-4181234'],
    ['（０５３３）４１８１２３４', '0533-4181234'],
    ['0533 4181234 转 8001', '0533-4181234转8001'],
    ['0533-4181234-8001', '0533-4181234转8001'],
    ['0533-4181234 ext. 12', '0533-4181234转12'],
  ])('reads the fixed line %s', (input, value) => {
    expect(valueOf(validateLandline(input))).toBe(value);
  });

  it.each(['4181234', '533-4181234', '0533-41812', 'tel:0533-4181234'])(
    'refuses the fixed line %s (no area code or malformed)',
    (input) => {
      expect(validateLandline(input).isValid).toBe(false);
    },
  );

  it('tells mobile from fixed line', () => {
    expect(validatePhone('13800138000')).toEqual({ isValid: true, kind: 'mobile', value: '13800138000' });
    expect(validatePhone('0533-4181234')).toEqual({ isValid: true, kind: 'landline', value: '0533-4181234' });
    expect(validatePhone("1' OR '1'='1")).toEqual({
      isValid: false,
      reason: '联系电话应为11位手机号码，或带区号的固定电话（如 0533-4181234）',
    });
  });

  it('refuses a number hidden in a huge value cheaply', () => {
    expect(validatePhone(`13800138000${' '.repeat(10_000_000)}`).isValid).toBe(false);
  });
});

describe('电子邮箱', () => {
  it.each([
    ['zhangsan@example.com', 'zhangsan@example.com'],
    ['Zhang.San+gk@Mail.Example.COM', 'Zhang.San+gk@mail.example.com'],
    ['ｚｓ＠ｅｘａｍｐｌｅ．ｃｎ', 'zs@example.cn'],
    ['  a_b-c@sub-domain.gov.cn ', 'a_b-c@sub-domain.gov.cn'],
  ])('reads %s', (input, value) => {
    expect(valueOf(validateEmail(input))).toBe(value);
  });

  it.each([
    ['no @', 'zhangsan.example.com', '只包含一个 @'],
    ['two @', 'a@b@example.com', '只包含一个 @'],
    ['an empty local part', '@example.com', '@ 之前的部分格式不正确'],
    ['a doubled dot', 'zhang..san@example.com', '@ 之前的部分格式不正确'],
    ['a leading dot', '.zs@example.com', '@ 之前的部分格式不正确'],
    ['a Chinese local part', '张三@example.com', '@ 之前的部分格式不正确'],
    ['a 65-character local part', `${'a'.repeat(65)}@example.com`, '@ 之前的部分格式不正确'],
    ['no top-level domain', 'zs@localhost', '域名格式不正确'],
    ['a numeric top-level domain', 'zs@example.123', '域名格式不正确'],
    ['a label starting with a hyphen', 'zs@-example.com', '域名格式不正确'],
    ['SQL', "x@example.com' OR 1=1 --", '域名格式不正确'],
    ['255 characters', `${'a'.repeat(60)}@${'b'.repeat(190)}.com`, '不能超过 254 个字符'],
    ['10 MB', 'a'.repeat(10_000_000), '不能超过 254 个字符'],
  ])('refuses %s', (_name, input, reason) => {
    const result = validateEmail(input);
    expect(result.isValid ? '' : result.reason).toContain(reason);
  });
});

describe('邮政编码', () => {
  it('reads 6 digits, full-width included', () => {
    expect(validatePostcode('255200')).toEqual({ isValid: true, value: '255200' });
    expect(validatePostcode('２５５ ２００')).toEqual({ isValid: true, value: '255200' });
  });

  it.each(['25520', '2552000', '25520O', ''])('refuses %s', (input) => {
    expect(validatePostcode(input)).toEqual({ isValid: false, reason: '邮政编码应为6位数字' });
  });
});
