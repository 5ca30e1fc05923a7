import { describe, expect, it } from 'vitest';
import { cleanText, type TextRule } from './field-text.ts';

const NAME: TextRule = { label: '申请人姓名', maxLength: 50, charset: 'personName' };
const ORGANIZATION: TextRule = { label: '申请人名称', maxLength: 100, charset: 'organizationName' };
const DESCRIPTION: TextRule = { label: '描述', maxLength: 1000, minLength: 2, isMultiline: true };

const reasonOf = (raw: string, rule: TextRule): string => {
  const result = cleanText(raw, rule);
  return result.isValid ? '' : result.reason;
};

describe('cleanText', () => {
  it('trims (full-width spaces too), folds inner whitespace and NFC-normalizes', () => {
    expect(cleanText('\u3000 张  三\t', NAME)).toEqual({ isValid: true, value: '张 三' });
    expect(cleanText('Jose\u0301', NAME)).toEqual({ isValid: true, value: 'José' });
  });

  it('treats absent and all-whitespace values as empty', () => {
    expect(cleanText(undefined, NAME)).toEqual({ isValid: true, value: null });
    expect(cleanText(' \u3000\n\t ', NAME)).toEqual({ isValid: true, value: null });
  });

  it('keeps line breaks in multi-line fields only', () => {
    expect(cleanText(' 第一行 \r\n  第二行 ', DESCRIPTION)).toEqual({
      isValid: true,
      value: '第一行\n第二行',
    });
  });

  it('drops zero-width paste residue', () => {
    expect(cleanText('\uFEFF张\u200B三', NAME)).toEqual({ isValid: true, value: '张三' });
  });

  it('accepts names of minorities and foreigners', () => {
    for (const name of ['阿卜杜拉·艾则孜', '欧阳娜娜', "Mary-Jane O'Neil", 'J. R. Smith']) {
      expect(cleanText(name, NAME)).toEqual({ isValid: true, value: name });
    }
  });

  it.each([
    ['an RTL override', '张\u202E三', '申请人姓名含有不可见的文字方向控制字符，请删除后重新填写'],
    ['a right-to-left isolate', '\u2067张三', '申请人姓名含有不可见的文字方向控制字符'],
    ['a NUL byte', '张\u0000三', '申请人姓名含有不可见的控制字符，请删除后重新填写'],
    ['an escape sequence', '张三\u001B[31m', '申请人姓名含有不可见的控制字符'],
    ['a lone surrogate', '张\uD83D三', '申请人姓名含有不可见的控制字符'],
    ['an emoji', '张三😀', '申请人姓名只能包含文字、空格、间隔号（·）、连字符或撇号'],
    ['digits', '张三1', '申请人姓名只能包含'],
    ['SQL', "Robert'); DROP TABLE cases;--", '申请人姓名只能包含'],
    ['51 characters', '张'.repeat(51), '申请人姓名不能超过 50 个字'],
    ['10 MB', '张'.repeat(10_000_000), '申请人姓名不能超过 50 个字'],
  ])('refuses a name with %s', (_name, raw, reason) => {
    expect(reasonOf(raw, NAME)).toContain(reason);
  });

  it('counts characters, not UTF-16 units (an emoji is one character)', () => {
    expect(cleanText('😀'.repeat(1000), DESCRIPTION).isValid).toBe(true);
    expect(reasonOf('😀'.repeat(1001), DESCRIPTION)).toBe('描述不能超过 1000 个字');
    expect(reasonOf('a', DESCRIPTION)).toBe('描述至少 2 个字');
  });

  it('takes organization names as registered, but no emoji', () => {
    expect(cleanText('淄博某某（集团）有限公司 & Partners 2号', ORGANIZATION).isValid).toBe(true);
    expect(reasonOf('某某公司🏢', ORGANIZATION)).toBe('申请人名称只能包含文字、数字、标点和空格');
  });

  it('keeps SQL-looking text in free descriptions as text (queries are parameterized)', () => {
    expect(cleanText("'; DELETE FROM cases; --", DESCRIPTION)).toEqual({
      isValid: true,
      value: "'; DELETE FROM cases; --",
    });
  });
});
