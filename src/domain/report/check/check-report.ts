/**
 * Checks one report: the identities of the form, and the checks beyond the form
 * (annual-report-json.md §Identities; domain-zh.md §2.6, §6). Codes: finding-codes.ts.
 */
import { sortFindings, type Finding } from '../findings.ts';
import type { AnnualReport } from '../model.ts';
import { checkContinuity } from './continuity.ts';
import { checkFormatAndYear } from './format-year.ts';
import { checkIdentities } from './identities.ts';
import { checkIntegrity } from './integrity.ts';
import { checkOtherMatters } from './other-checks.ts';
import { checkPeriod } from './period.ts';
import { checkProseNumbers } from './prose-numbers.ts';

export type CheckOptions = {
  /** Last year's report, for carry-over and 现行有效件数 continuity. */
  previous?: AnnualReport;
  /** The source text the report was parsed from, so text findings can give positions in it. */
  sourceText?: string;
};

/**
 * Runs every check. Legacy (pre-2019, free-form) reports have no tables: their table checks are
 * skipped, while format/year, statistics period and content integrity still run.
 * @param report the report as data (`gongkai.annual-report.v1`)
 * @param options last year's report and the source text, both optional
 * @returns findings sorted errors → warnings → info (stable within a severity)
 * @example
 * checkReport(report, { sourceText })
 * // [{ code: 'CONTENT_INJECTED', severity: 'error', message: '发现与政府信息公开年度报告无关的文字「UedBet体育」…', … }, …]
 */
export function checkReport(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  const { previous, sourceText } = options;
  const hasTables = report.format !== 'legacy';
  return sortFindings([
    ...checkFormatAndYear(report),
    ...(hasTables ? checkIdentities(report.applications, report.reviewLitigation) : []),
    ...checkIntegrity(report, sourceText),
    ...checkPeriod(report, sourceText),
    ...checkProseNumbers(report, sourceText),
    ...checkContinuity(report, previous),
    ...checkOtherMatters(report),
  ]);
}
