import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../model.ts';
import { checkFormatAndYear, expectedFormatFor } from './format-year.ts';
import { blankReport2021, seedReport, zeroApplications } from './fixtures.test-support.ts';

const codes = (report: AnnualReport): string[] =>
  checkFormatAndYear(report).map((f) => `${f.severity}:${f.code}`);

describe('expectedFormatFor', () => {
  it.each([
    [2017, 'legacy'],
    [2018, 'legacy'],
    [2019, '2019'],
    [2020, '2019'],
    [2021, '2021'],
    [2025, '2021'],
  ] as const)('%i → %s', (year, format) => {
    expect(expectedFormatFor(year)).toBe(format);
  });
});

describe('checkFormatAndYear', () => {
  it('a 2021-format report for 2023 is fine and says nothing', () => {
    expect(checkFormatAndYear(blankReport2021(2023))).toEqual([]);
  });

  it('seed 004: a 2021 report printed with 2019-format tables', () => {
    const findings = checkFormatAndYear(seedReport('004'));
    expect(findings.map((f) => `${f.severity}:${f.code}`)).toEqual([
      'warning:FORMAT_YEAR_MISMATCH',
      'info:FORMAT_USED',
    ]);
    expect(findings[0]?.message).toBe(
      '2021年度报告应使用国办公开办函〔2021〕30号格式，本报告使用的是2019年试行格式（〔2019〕60号）',
    );
  });

  it('seed 001: a 2020 report in the 2019 format only gets the format info', () => {
    const findings = checkFormatAndYear(seedReport('001'));
    expect(findings.map((f) => `${f.severity}:${f.code}`)).toEqual(['info:FORMAT_USED']);
    expect(findings[0]?.message).toBe('本报告使用2019年试行格式（国办公开办函〔2019〕60号）');
  });

  it('seed 003: a 2017 free-form report is legacy, as expected', () => {
    expect(codes(seedReport('003'))).toEqual(['info:FORMAT_USED']);
  });

  it('a free-form report for 2019 or later is an error: the tables are statutory', () => {
    const legacy = { ...seedReport('003'), year: 2022 };
    expect(codes(legacy)).toEqual(['error:FORMAT_LEGACY_AFTER_2019', 'info:FORMAT_USED']);
  });

  it('a 2020 report in the 2021 format is a mismatch', () => {
    expect(codes(blankReport2021(2020))).toEqual(['warning:FORMAT_YEAR_MISMATCH']);
  });

  it('a table format for a pre-2019 year is a mismatch (year probably misread)', () => {
    expect(codes(blankReport2021(2018))).toEqual(['warning:FORMAT_YEAR_MISMATCH']);
  });

  it('a 2021+ report printing the single （六）其他处理 row is warned', () => {
    const report = { ...blankReport2021(2022), applications: zeroApplications(false) };
    expect(codes(report)).toEqual(['warning:FORMAT_OTHER_ROW_SINGLE']);
  });

  it('organ or year not found', () => {
    const report = { ...blankReport2021(2022), organ: null, year: null };
    expect(codes(report)).toEqual(['warning:ORGAN_NOT_FOUND', 'warning:YEAR_NOT_FOUND']);
  });
});
