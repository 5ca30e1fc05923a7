/** Checks one report: identities of the form, and checks beyond the form. */
import type { AnnualReport } from '../model.ts';
import type { Finding } from '../findings.ts';

export type CheckOptions = {
  /** Last year's report, for carry-over and 现行有效件数 continuity. */
  previous?: AnnualReport;
  /** The source text the report was parsed from, so text findings can give positions in it. */
  sourceText?: string;
};

/**
 * @returns findings sorted errors → warnings → info
 */
export function checkReport(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  void report;
  void options;
  throw new Error('checker not yet written');
}
