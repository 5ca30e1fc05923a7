/**
 * The checks of an item of kind 年度报告: it must carry a report, the report checker's findings on
 * it join the item's one check list (its errors block 提交审核 and 签发 like any other error, its
 * warnings need the recorded reason), and an organ publishes one report per year — a correction
 * is a revision of the published item, not a second item (条例第五十条; decision 029).
 */
import { describeLocation } from '../../report/finding-location.ts';
import type { Finding } from '../../report/findings.ts';

/** What the shell knows about the item's report. */
export type ReportCheckFacts = {
  /** The report's year and the checker's findings, or null when no report was given yet. */
  report: { year: number; findings: readonly Finding[] } | null;
  /** The 索引号 of another item that published the same year's report, or null. */
  yearTakenBy: string | null;
};

/** A finding in the item's check list (the caller adds the place). */
export type ReportItemFinding = {
  code: 'REPORT_MISSING' | 'REPORT_FINDING' | 'REPORT_YEAR_TAKEN';
  severity: 'error' | 'warning';
  message: string;
};

/**
 * The report's findings as item findings (info-level findings stay on the checker's page).
 * @example reportItemFindings({ report: null, yearTakenBy: null })
 *   // [{ code: 'REPORT_MISSING', severity: 'error', message: '尚未上传年度报告文件…' }]
 */
export function reportItemFindings(facts: ReportCheckFacts): ReportItemFinding[] {
  if (facts.report === null) {
    return [
      {
        code: 'REPORT_MISSING',
        severity: 'error',
        message: '尚未上传年度报告文件，也未选择由已有数据生成，请在编辑页面提供年度报告',
      },
    ];
  }
  const taken: ReportItemFinding[] =
    facts.yearTakenBy === null
      ? []
      : [
          {
            code: 'REPORT_YEAR_TAKEN',
            severity: 'error',
            message: `${facts.report.year}年度的年度报告已发布（索引号 ${facts.yearTakenBy}），更正请对已发布的报告进行修订`,
          },
        ];
  const checker = facts.report.findings
    .filter((f) => f.severity !== 'info')
    .map<ReportItemFinding>((f) => {
      const where = describeLocation(f.where);
      return {
        code: 'REPORT_FINDING',
        severity: f.severity === 'error' ? 'error' : 'warning',
        message: `年报检查：${f.message}${where === '' ? '' : `（${where}）`}`,
      };
    });
  return [...taken, ...checker];
}
