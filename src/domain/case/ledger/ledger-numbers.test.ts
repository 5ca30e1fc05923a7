import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_NUMBER_PATTERN } from '../case-number.ts';
import { sequenceInCaseNumber } from './ledger-numbers.ts';

describe('reading the sequence out of a kept case number', () => {
  const parts = { shortName: '博教', year: 2024 };
  it('reads numbers written with the organ’s pattern, padded or wider', () => {
    expect(sequenceInCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, parts, '博教公开〔2024〕0007号')).toBe(7);
    expect(sequenceInCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, parts, '博教公开〔2024〕12345号')).toBe(12345);
    expect(sequenceInCaseNumber('{年}-{序号}', parts, '2024-31')).toBe(31);
  });

  it('ignores other numbers, other years and other organs', () => {
    for (const number of [
      '博教公开〔2023〕0007号',
      '博政公开〔2024〕0007号',
      '2024-7',
      '博教公开〔2024〕号',
      '博教公开〔2024〕0007号补',
    ]) {
      expect(sequenceInCaseNumber(DEFAULT_CASE_NUMBER_PATTERN, parts, number), number).toBeNull();
    }
  });
});
