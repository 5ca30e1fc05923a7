import { describe, expect, it } from 'vitest';
import { normalizeDigits, parseCount } from './chinese-numerals.ts';

describe('parseCount', () => {
  it.each([
    ['61', 61],
    ['0', 0],
    ['19,513', 19513],
    ['１９５１３', 19513],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['三百', 300],
    ['两千零一十', 2010],
    ['一万二千', 12000],
    ['三万五千六百', 35600],
    ['二〇二三', 2023],
    ['零', 0],
  ])('%s → %i', (text, value) => {
    expect(parseCount(text)).toBe(value);
  });

  it.each(['', '20.8', '1,23', '六成', 'abc'])('%s is not a count', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});

describe('normalizeDigits', () => {
  it('keeps offsets', () => {
    expect(normalizeDigits('共６１件')).toBe('共61件');
  });
});
