import { describe, expect, it } from 'vitest';
import { compareDates, localDate } from '../calendar/local-date.ts';
import { LetterInputError } from './letter-input-error.ts';
import { LETTER_KIND_LABELS, LETTER_KINDS } from './letter-kinds.ts';
import { REVIEW_FIRST_FROM } from './remedies.ts';
import { LETTER_TEMPLATES, templateFor } from './templates.ts';

describe('templateFor', () => {
  it('uses reply version 1 on 2023-12-31 and version 2 from 2024-01-01 (revised 行政复议法)', () => {
    expect(templateFor('reply', localDate('2023-12-31')).version).toBe(1);
    expect(templateFor('reply', localDate('2024-01-01')).version).toBe(2);
    expect(templateFor('reply', localDate('2030-06-01')).version).toBe(2);
    expect(templateFor('reply', localDate('2024-01-01')).effectiveFrom).toBe(REVIEW_FIRST_FROM);
    expect(templateFor('reply', localDate('2024-01-01')).citation).toContain('行政复议法》（2023年修订）');
  });

  it('has no template for letters under the 2007 条例 (before 2019-05-15)', () => {
    expect(templateFor('correctionNotice', localDate('2019-05-15')).version).toBe(1);
    expect(() => templateFor('correctionNotice', localDate('2019-05-14'))).toThrow(LetterInputError);
  });

  it('has no fee notice before the 信息处理费管理办法 (2021-01-01)', () => {
    expect(() => templateFor('feeNotice', localDate('2020-12-31'))).toThrow(/自2021年1月1日起适用/);
    expect(templateFor('feeNotice', localDate('2021-01-01')).id).toBe('feeNotice');
  });

  it.each(LETTER_KINDS)('keeps the %s versions ordered, numbered 1…n and titled as the kind', (kind) => {
    const versions = LETTER_TEMPLATES[kind];
    versions.forEach((template, index) => {
      expect(template.kind).toBe(kind);
      expect(template.version).toBe(index + 1);
      expect(template.title).toBe(LETTER_KIND_LABELS[kind].title);
      const previous = versions[index - 1];
      if (previous) {
        expect(compareDates(previous.effectiveFrom, template.effectiveFrom)).toBe(-1);
      }
    });
  });
});
