import { describe, it, expect } from 'vitest';
import { formatCellValue, proseParagraphs, reportTitle } from './labels.ts';

describe('labels', () => {
  it.each([
    [null, ''],
    [0, '0'],
    [19513, '19513'],
    [1728.59, '1728.59'],
    [-3, '-3'],
    [Number.NaN, ''],
  ])('writes %s as 「%s」', (value, text) => {
    expect(formatCellValue(value)).toBe(text);
  });

  it('builds the title from organ and year, with placeholders for nulls', () => {
    expect(reportTitle({ organ: '某某县人民政府', year: 2023 })).toBe(
      '某某县人民政府2023年政府信息公开工作年度报告',
    );
    expect(reportTitle({ organ: null, year: 2023 })).toBe('（机关名称未识别）2023年政府信息公开工作年度报告');
    expect(reportTitle({ organ: '某某县人民政府', year: null })).toBe(
      '某某县人民政府（年度未识别）政府信息公开工作年度报告',
    );
  });

  it('splits prose into trimmed non-blank lines', () => {
    expect(proseParagraphs('　　甲。\r\n\n 乙。 \r丙。')).toEqual(['甲。', '乙。', '丙。']);
    expect(proseParagraphs(null)).toEqual([]);
  });
});
