import { describe, it, expect } from 'vitest';
import { formatCellValue, proseParagraphs, reportTitle, titleLines } from './labels.ts';

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

describe('titleLines', () => {
  it('breaks a long title before 「政府信息公开工作年度报告」', () => {
    expect(titleLines('博山区人民政府2025年政府信息公开工作年度报告')).toEqual([
      '博山区人民政府2025年',
      '政府信息公开工作年度报告',
    ]);
  });
  it('keeps a short title, and a title of another shape, on one line', () => {
    expect(titleLines('某县2023年政府信息公开工作年度报告')).toEqual(['某县2023年政府信息公开工作年度报告']);
    expect(titleLines('关于某某区政府信息公开工作情况的一份很长很长的说明')).toHaveLength(1);
    expect(titleLines('政府信息公开工作年度报告', 5)).toEqual(['政府信息公开工作年度报告']);
  });
});
