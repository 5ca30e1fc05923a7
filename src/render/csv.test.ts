import { describe, it, expect } from 'vitest';
import type { AnnualReport } from '../domain/report/model.ts';
import { neutralizeFormula, reportCsvColumns, reportCsvRow, toCsvLine } from './csv.ts';
import { expectedFixtureNames, loadExpectedReport } from './test-support.ts';

const columns = reportCsvColumns();
const report2021 = loadExpectedReport('002');
const report2019 = loadExpectedReport('001');

function rowAsRecord(report: AnnualReport, extra = {}): Record<string, string> {
  const row = reportCsvRow(report, extra);
  return Object.fromEntries(columns.map((c, i) => [c, row[i] ?? '']));
}

describe('reportCsvColumns', () => {
  it('is a fixed list of unique names: meta, table 二, 三, 四, summary', () => {
    expect(new Set(columns).size).toBe(columns.length);
    expect(columns.slice(0, 5)).toEqual(['file', 'organ', 'year', 'format', 'proactive.rules.issued']);
    expect(columns.slice(-2)).toEqual(['errors', 'warnings']);
    expect(columns).toContain('proactive.licensing.previousYear');
    expect(columns).toContain('proactive.procurement.amountText');
    expect(columns).toContain('applications.withheld.stateSecret.自然人');
    expect(columns).toContain('applications.other.noCorrection.总计');
    expect(columns).toContain('applications.otherSingle.其他');
    expect(columns).toContain('reviewLitigation.litigationAfterReview.pending');
    // meta 4; 二: 10 cells of 2021 + 19 more of 2019 + amountText; 三: (25 split rows + otherSingle) × 7; 四: 15; 2
    expect(columns).toHaveLength(4 + 10 + 20 + 26 * 7 + 15 + 2);
  });

  it('returns a copy that callers cannot use to change the next call', () => {
    reportCsvColumns().push('x');
    expect(reportCsvColumns()).toHaveLength(columns.length);
  });
});

describe('reportCsvRow', () => {
  it.each(expectedFixtureNames().map((n) => n.slice(0, 3)))('has one cell per column (seed %s)', (seed) => {
    expect(reportCsvRow(loadExpectedReport(seed))).toHaveLength(columns.length);
  });

  it('fills the 2021 cells and leaves the 2019-only ones empty', () => {
    const row = rowAsRecord(report2021, { file: '002.txt', errors: 0, warnings: 3 });
    expect(row.file).toBe('002.txt');
    expect(row.organ).toBe('淄博市博山区人民政府');
    expect(row.year).toBe('2024');
    expect(row.format).toBe('2021');
    expect(row['proactive.fees.amountWanYuan']).toBe('1728.59');
    expect(row['proactive.licensing.decisions']).toBe('19513');
    expect(row['proactive.licensing.previousYear']).toBe('');
    expect(row['applications.newlyReceived.自然人']).toBe('61');
    expect(row['applications.other.noFee.总计']).toBe('0');
    expect(row['applications.otherSingle.总计']).toBe('');
    expect(row['reviewLitigation.review.total']).toBe('13');
    expect([row.errors, row.warnings]).toEqual(['0', '3']);
  });

  it('fills the 2019 cells, the single （六） row, and keeps null empty and 0 as 0', () => {
    const row = rowAsRecord(report2019);
    expect(row['proactive.penalties.decisions']).toBe('89');
    expect(row['proactive.procurement.amountText']).toBe('0');
    expect(row['proactive.rules.issued']).toBe('');
    expect(row['applications.otherSingle.自然人']).toBe('0');
    expect(row['applications.other.noCorrection.自然人']).toBe('');
    expect(row['applications.granted.总计']).toBe('');
    expect(row['applications.granted.其他']).toBe('0');
    expect([row.file, row.errors, row.warnings]).toEqual(['', '', '']);
  });

  it('leaves every table cell empty for a legacy report', () => {
    const row = reportCsvRow(loadExpectedReport('003'));
    expect(row.slice(4).every((cell) => cell === '')).toBe(true);
  });
});

describe('toCsvLine', () => {
  it('quotes per RFC 4180', () => {
    expect(toCsvLine(['a', 'b,c', 'say "hi"', 'two\nlines', ''])).toBe('a,"b,c","say ""hi""","two\nlines",');
  });

  it('neutralises formula injection but keeps negative numbers', () => {
    expect(toCsvLine(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '-3', '-0.5', '\tx'])).toBe(
      "'=1+1,'+SUM(A1),'-2+3,'@cmd,-3,-0.5,'\tx",
    );
    expect(toCsvLine(['=HYPERLINK("http://x","y")'])).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // Full-width ＝ ＋ － ＠ start formulas too (spreadsheets fold them to ASCII).
    expect(toCsvLine(['＝1+1', '＋1', '－1', '＠x'])).toBe("'＝1+1,'＋1,'－1,'＠x");
    expect(neutralizeFormula('淄博市')).toBe('淄博市');
  });

  it('neutralises a hostile organ name in a dataset row', () => {
    const line = toCsvLine(reportCsvRow({ ...report2021, organ: '=cmd|"/c calc"!A1' }));
    expect(line.split(',')[1]).toBe('"\'=cmd|""/c calc""!A1"');
  });
});
