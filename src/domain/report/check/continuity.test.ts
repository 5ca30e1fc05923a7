import { describe, expect, it } from 'vitest';
import type { Report2021 } from '../model.ts';
import { checkContinuity } from './continuity.ts';
import { blankReport2021, rowOf, seedReport } from './fixtures.test-support.ts';

/** Seed 002 (2024) and a 2023 report that continues into it. */
function pair(): { report: Report2021; previous: Report2021 } {
  const report = seedReport('002') as Report2021;
  const previous = blankReport2021(2023);
  previous.applications!.carriedForward = rowOf(3);
  previous.proactive!.normativeDocuments = { issued: 4, repealed: 0, inForce: 10 };
  return { report, previous };
}

describe('checkContinuity', () => {
  it('nothing to compare without last year', () => {
    expect(checkContinuity(seedReport('002'), undefined)).toEqual([]);
  });

  it('a continuous pair is silent (3 carried over; 10 + 5 − 3 = 12 in force)', () => {
    const { report, previous } = pair();
    expect(checkContinuity(report, previous)).toEqual([]);
  });

  it("上年结转 ≠ last year's 结转下年度继续办理, per column", () => {
    const { report, previous } = pair();
    previous.applications!.carriedForward = rowOf(2);
    const findings = checkContinuity(report, previous);
    expect(findings.map((f) => [f.code, f.severity, f.where.column])).toEqual([
      ['CARRY_OVER_MISMATCH', 'warning', '0'],
      ['CARRY_OVER_MISMATCH', 'warning', '6'],
    ]);
    expect(findings[1]?.message).toBe(
      '表三「二、上年结转政府信息公开申请数量」行「总计」列为 3，上年报告「四、结转下年度继续办理」为 2，相差 1',
    );
    expect(findings[1]?.numbers).toEqual({ carriedOver: 3, previousCarriedForward: 2, difference: 1 });
  });

  it('the 2019 and 2021 formats compare carry-over (same table 三 columns)', () => {
    const report = { ...blankReport2021(2021) };
    report.applications!.carriedOver = rowOf(1);
    const previous = { ...seedReport('001'), year: 2020 };
    expect(checkContinuity(report, previous).map((f) => f.code)).toEqual([
      'CARRY_OVER_MISMATCH',
      'CARRY_OVER_MISMATCH',
    ]);
  });

  it('现行有效件数 not explained by 制发 and 废止: a warning that mentions 清理', () => {
    const { report, previous } = pair();
    previous.proactive!.normativeDocuments = { issued: 4, repealed: 0, inForce: 15 };
    const [f, ...rest] = checkContinuity(report, previous);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'IN_FORCE_CONTINUITY',
      severity: 'warning',
      where: { part: 'proactive', row: 'normativeDocuments', column: 'inForce' },
      numbers: { inForce: 12, previousInForce: 15, issued: 5, repealed: 3, expected: 17, difference: -5 },
    });
    expect(f?.message).toContain('清理');
  });

  it('blank cells make carry-over not checkable (info)', () => {
    const { report, previous } = pair();
    previous.applications!.carriedForward = [3, 0, 0, 0, 0, null, null];
    expect(checkContinuity(report, previous).map((f) => `${f.severity}:${f.code}`)).toEqual([
      'info:CONTINUITY_NOT_CHECKABLE',
    ]);
  });

  it("last year's report must be for year − 1", () => {
    const { report, previous } = pair();
    const findings = checkContinuity(report, { ...previous, year: 2022 });
    expect(findings.map((f) => f.code)).toEqual(['PREVIOUS_YEAR_MISMATCH']);
  });

  it('legacy reports are not compared', () => {
    expect(checkContinuity(seedReport('002'), seedReport('003'))).toEqual([]);
  });
});
