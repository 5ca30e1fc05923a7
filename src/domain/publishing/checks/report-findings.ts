/**
 * The checks of an item of kind 年度报告: it must carry a report, the report checker's findings on
 * it join the item's one check list (its errors block 提交审核 and 签发 like any other error, its
 * warnings need the recorded reason), and an organ publishes one report per year — a correction
 * is a revision of the published item, not a second item (条例第五十条; decision 029). A district
 * roll-up (decision 038) warns while an included organ's report is unpublished — 签发 then needs the
 * recorded reason — and when one was published after the roll-up took its figures from records.
 */
import { describeLocation } from '../../report/finding-location.ts';
import type { RollupNews } from '../../annual-report/rollup-members.ts';
import type { Finding } from '../../report/findings.ts';

/** What the shell knows about the item's report. */
export type ReportCheckFacts = {
  /** The report's year and the checker's findings, or null when no report was given yet. */
  report: { year: number; findings: readonly Finding[] } | null;
  /** The 索引号 of another item that published the same year's report, or null. */
  yearTakenBy: string | null;
  /** A roll-up's included organs as they stand now (decision 038). */
  rollup?: RollupNews;
};

/** A finding in the item's check list (the caller adds the place). */
export type ReportItemFinding = {
  code: 'REPORT_MISSING' | 'REPORT_FINDING' | 'REPORT_YEAR_TAKEN' | 'ROLLUP_UNPUBLISHED' | 'ROLLUP_STALE';
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
  return [...taken, ...rollupFindings(facts.report.year, facts.rollup), ...checker];
}

/**
 * A roll-up's warnings: included organs whose report is not published (签发 needs the reason), and
 * organs that published after their figures were taken from records.
 * @example rollupFindings(2025, { unpublished: ['甲区财政局'], publishedSince: [] })[0].code // 'ROLLUP_UNPUBLISHED'
 */
export function rollupFindings(year: number, news: RollupNews | undefined): ReportItemFinding[] {
  if (news === undefined) {
    return [];
  }
  const list = (names: readonly string[]) =>
    names.length <= 10 ? names.join('、') : `${names.slice(0, 10).join('、')}等${names.length}个单位`;
  return [
    ...(news.unpublished.length === 0
      ? []
      : [
          {
            code: 'ROLLUP_UNPUBLISHED' as const,
            severity: 'warning' as const,
            message: `纳入汇总的${news.unpublished.length}个单位的${year}年度报告尚未发布：${list(news.unpublished)}；签发前须写明仍然发布的理由`,
          },
        ]),
    ...(news.publishedSince.length === 0
      ? []
      : [
          {
            code: 'ROLLUP_STALE' as const,
            severity: 'warning' as const,
            message: `${list(news.publishedSince)}的年度报告在汇总后已发布，汇总用的是其平台记录；重新保存本报告（由下级机关汇总）即采用已发布的数据`,
          },
        ]),
  ];
}
