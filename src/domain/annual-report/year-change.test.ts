import { describe, expect, it } from 'vitest';
import { yearChange, yearChangeWords } from './year-change.ts';

describe('year-on-year change', () => {
  it('words a fall and a rise as a percentage of last year, one decimal', () => {
    expect(yearChangeWords(yearChange(38, 48), '件')).toBe('较上年减少20.8%');
    expect(yearChangeWords(yearChange(60, 48), '件')).toBe('较上年增加25%');
    expect(yearChange(1, 3)).toEqual({ kind: 'down', percent: 66.7, difference: 2 });
  });

  it('words no change, a change from zero and an unknown year', () => {
    expect(yearChangeWords(yearChange(7, 7), '件')).toBe('与上年持平');
    expect(yearChangeWords(yearChange(5, 0), '件')).toBe('较上年增加5件');
    expect(yearChangeWords(yearChange(0, 4), '件')).toBe('较上年减少100%');
    expect(yearChangeWords(yearChange(5, null), '件')).toBe('');
    expect(yearChangeWords(yearChange(null, 5), '件')).toBe('');
  });
});
