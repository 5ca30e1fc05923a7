/**
 * Year-to-year continuity with last year's report (domain-zh.md §2.6, cross-year checks; not
 * official, but they follow from the definitions):
 * - 表三 二、上年结转 (this year) = 四、结转下年度继续办理 (last year), every column — `CARRY_OVER_MISMATCH`.
 *   The 2019 and 2021 formats have the same table 三 columns, so any pair of table formats compares;
 * - 表二 现行有效件数 (this year) = last year's + 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件,
 *   2021-format pairs only — `IN_FORCE_CONTINUITY`. This can legitimately fail (清理、失效、修订), so it
 *   is a warning that says so;
 * - last year's report should be for year − 1 — `PREVIOUS_YEAR_MISMATCH` (then nothing else is compared).
 */
import { finding, type Finding } from '../findings.ts';
import { APPLICANT_COLUMNS, PROACTIVE_ROWS_2021 } from '../layout.ts';
import type { AnnualReport, Proactive2021 } from '../model.ts';
import { joinLimited } from './wording.ts';

function carryOverFindings(report: AnnualReport, previous: AnnualReport): Finding[] {
  if (!report.applications || !previous.applications) {
    return [];
  }
  const over = report.applications.carriedOver;
  const forward = previous.applications.carriedForward;
  const findings: Finding[] = [];
  const blank: string[] = [];
  APPLICANT_COLUMNS.forEach((label, c) => {
    const now = over[c] ?? null;
    const before = forward[c] ?? null;
    if (now === null || before === null) {
      blank.push(label);
      return;
    }
    if (now !== before) {
      findings.push(
        finding(
          'CARRY_OVER_MISMATCH',
          'warning',
          `表三「二、上年结转政府信息公开申请数量」行「${label}」列为 ${now}，上年报告「四、结转下年度继续办理」为 ${before}，相差 ${Math.abs(now - before)}`,
          { part: 'applications', row: 'carriedOver', column: String(c) },
          { numbers: { carriedOver: now, previousCarriedForward: before, difference: now - before } },
        ),
      );
    }
  });
  if (blank.length > 0) {
    findings.push(
      finding(
        'CONTINUITY_NOT_CHECKABLE',
        'info',
        `表三「二、上年结转」与上年「四、结转下年度继续办理」有${blank.length}列因单元格空白无法核对：${joinLimited(blank, 7, '、')}`,
        { part: 'applications', row: 'carriedOver' },
        { numbers: { columns: blank.length } },
      ),
    );
  }
  return findings;
}

function inForceFindings(now: Proactive2021, before: Proactive2021): Finding[] {
  const findings: Finding[] = [];
  for (const spec of PROACTIVE_ROWS_2021) {
    if (spec.key !== 'rules' && spec.key !== 'normativeDocuments') {
      continue;
    }
    const row = now[spec.key];
    const previousInForce = before[spec.key].inForce;
    if (row.inForce === null || row.issued === null || row.repealed === null || previousInForce === null) {
      continue;
    }
    const expected = previousInForce + row.issued - row.repealed;
    if (row.inForce !== expected) {
      findings.push(
        finding(
          'IN_FORCE_CONTINUITY',
          'warning',
          `表二「${spec.label}」现行有效件数为 ${row.inForce}，按上年现行有效 ${previousInForce} + 本年制发 ${row.issued} − 本年废止 ${row.repealed} 应为 ${expected}，相差 ${Math.abs(row.inForce - expected)}` +
            '（清理、失效、修订等也会造成差异，请核实并在报告中说明）',
          { part: 'proactive', row: spec.key, column: 'inForce' },
          {
            numbers: {
              inForce: row.inForce,
              previousInForce,
              issued: row.issued,
              repealed: row.repealed,
              expected,
              difference: row.inForce - expected,
            },
          },
        ),
      );
    }
  }
  return findings;
}

/**
 * Compares a report with last year's report of the same organ.
 * @param previous last year's report; nothing is checked without it
 * @returns PREVIOUS_YEAR_MISMATCH, CARRY_OVER_MISMATCH, IN_FORCE_CONTINUITY (warnings) and
 *   CONTINUITY_NOT_CHECKABLE (info)
 * @example
 * checkContinuity(report2024, report2023)
 * // CARRY_OVER_MISMATCH: 「表三「二、上年结转政府信息公开申请数量」行「总计」列为 3，上年报告「四、结转下年度继续办理」为 2，相差 1」
 */
export function checkContinuity(report: AnnualReport, previous: AnnualReport | undefined): Finding[] {
  if (!previous || report.format === 'legacy' || previous.format === 'legacy') {
    return [];
  }
  if (report.year !== null && previous.year !== null && previous.year !== report.year - 1) {
    return [
      finding(
        'PREVIOUS_YEAR_MISMATCH',
        'warning',
        `用于对比的上年报告是${previous.year}年度的，不是${report.year - 1}年度，未做跨年度核对`,
        { part: 'header' },
        { numbers: { year: report.year, previousYear: previous.year } },
      ),
    ];
  }
  const findings = carryOverFindings(report, previous);
  if (report.format === '2021' && previous.format === '2021' && report.proactive && previous.proactive) {
    findings.push(...inForceFindings(report.proactive, previous.proactive));
  }
  return findings;
}
