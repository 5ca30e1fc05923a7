import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutralizeFormula, removeFormulaGuard } from './formula-guard.ts';

describe('the formula guard', () => {
  it.each([
    '=1+1',
    '+SUM(A1)',
    '-2+3',
    '@cmd',
    '\t=1',
    '\r=1',
    '＝HYPERLINK("http://x","y")',
    '＋1',
    '－1+1',
    '＠SUM(A1)',
    '﹦1',
    '﹢1',
    '﹣1',
    '﹫x',
    '－3',
  ])('takes %j for a formula', (cell) => {
    expect(looksLikeFormula(cell)).toBe(true);
    expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    expect(removeFormulaGuard(neutralizeFormula(cell))).toBe(cell);
  });

  it.each(['', '淄博市', '-3', '-0.5', '12', '3-1', ' =1', "'", "'abc", '２０２４'])(
    'leaves %j alone',
    (cell) => {
      expect(looksLikeFormula(cell)).toBe(false);
      expect(neutralizeFormula(cell)).toBe(cell);
      expect(removeFormulaGuard(cell)).toBe(cell);
    },
  );
});
