import { describe, expect, it } from 'vitest';
import { finding, mergeFindings, sortFindings } from './findings.ts';

describe('findings', () => {
  it('sorts errors before warnings before info, stable within a severity', () => {
    const list = [
      finding('A', 'info', 'a', {}),
      finding('B', 'error', 'b', {}),
      finding('C', 'warning', 'c', {}),
      finding('D', 'error', 'd', {}),
    ];
    expect(sortFindings(list).map((f) => f.code)).toEqual(['B', 'D', 'C', 'A']);
  });

  it('drops a checker finding that repeats a parser finding about the same part', () => {
    const parsed = [finding('PART_MISSING', 'warning', 'x', { part: 'problems' })];
    const checked = [
      finding('SECTION_MISSING', 'warning', 'y', { part: 'problems' }),
      finding('SECTION_MISSING', 'warning', 'z', { part: 'other' }),
    ];
    expect(mergeFindings(parsed, checked).map((f) => `${f.code}:${f.where.part}`)).toEqual([
      'PART_MISSING:problems',
      'SECTION_MISSING:other',
    ]);
  });
});
