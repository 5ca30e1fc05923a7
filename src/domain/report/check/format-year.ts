/**
 * Does the report use the format of its year, and does it say who and which year it is about?
 *
 * Formats (domain-zh.md §2.1, §2.7, §2.8; which years each applies to is [U], inferred from dates):
 * - 国办公开办函〔2021〕30号 → 2021 annual reports onward;
 * - 国办公开办函〔2019〕60号 (试行) → 2019 and 2020 annual reports;
 * - before 2019 there was no national table format (free-form, `legacy`).
 * The 2019 条例 第五十条 requires reports in the 统一格式, so a free-form report for 2019+ lacks the
 * statutory tables: that is an error. A wrong format version is a warning.
 */
import { finding, type Finding } from '../findings.ts';
import type { AnnualReport, ReportFormat } from '../model.ts';

/**
 * Setting FORMAT_BY_YEAR — the first report year each national format applies to.
 * [U] inferred from the notices' dates (30号 dated 2021-09-26, used for the 2021 reports published in
 * early 2022; 60号 used for the 2019 reports), not from an explicit statement: docs/decisions/002.
 */
export const FORMAT_BY_YEAR = { '2021': 2021, '2019': 2019 } as const;

/**
 * The format a report for `year` should use (FORMAT_BY_YEAR).
 * @example expectedFormatFor(2021) // '2021'
 * @example expectedFormatFor(2020) // '2019'
 * @example expectedFormatFor(2017) // 'legacy'
 */
export function expectedFormatFor(year: number): ReportFormat {
  if (year >= FORMAT_BY_YEAR['2021']) {
    return '2021';
  }
  return year >= FORMAT_BY_YEAR['2019'] ? '2019' : 'legacy';
}

/** How each format is named in messages. */
export const FORMAT_NAMES = {
  '2021': '国办公开办函〔2021〕30号格式',
  '2019': '2019年试行格式（国办公开办函〔2019〕60号）',
  legacy: '2019年以前的自由格式（无统一表格）',
} as const satisfies Record<ReportFormat, string>;

function headerFindings(report: AnnualReport): Finding[] {
  const findings: Finding[] = [];
  if (report.organ === null) {
    findings.push(
      finding('ORGAN_NOT_FOUND', 'warning', '未能从报告中识别发布机关（报告标题或正文中没有机关名称）', {
        part: 'header',
      }),
    );
  }
  if (report.year === null) {
    findings.push(
      finding('YEAR_NOT_FOUND', 'warning', '未能从报告中识别报告年度，无法核对格式与统计期限', {
        part: 'header',
      }),
    );
  }
  return findings;
}

function mismatchMessage(year: number, used: ReportFormat): string | null {
  const expected = expectedFormatFor(year);
  if (expected === used) {
    return null;
  }
  if (expected === '2021' && used === '2019') {
    return `${year}年度报告应使用国办公开办函〔2021〕30号格式，本报告使用的是2019年试行格式（〔2019〕60号）`;
  }
  if (expected === '2019' && used === '2021') {
    return `${year}年度报告应使用2019年试行格式（国办公开办函〔2019〕60号），本报告使用的是〔2021〕30号格式（该格式2021年9月印发）`;
  }
  if (expected === 'legacy') {
    return `${year}年度尚无统一的年度报告表格格式，本报告使用的是${FORMAT_NAMES[used]}，请核实报告年度`;
  }
  return null;
}

function formatFindings(report: AnnualReport): Finding[] {
  const findings: Finding[] = [];
  const { year, format } = report;
  if (year !== null && format === 'legacy' && year >= 2019) {
    findings.push(
      finding(
        'FORMAT_LEGACY_AFTER_2019',
        'error',
        `${year}年度报告没有按统一格式编制（缺少主动公开、依申请公开、行政复议和行政诉讼统计表）。` +
          `依《中华人民共和国政府信息公开条例》第五十条，自2019年度起年度报告应使用国务院办公厅政府信息与政务公开办公室制定的统一格式` +
          `（应为${FORMAT_NAMES[expectedFormatFor(year)]}）`,
        { part: 'document' },
        { numbers: { year } },
      ),
    );
  } else if (year !== null) {
    const message = mismatchMessage(year, format);
    if (message !== null) {
      findings.push(
        finding('FORMAT_YEAR_MISMATCH', 'warning', message, { part: 'document' }, { numbers: { year } }),
      );
    }
  }
  if (format === '2021' && report.applications !== null && Array.isArray(report.applications.other)) {
    findings.push(
      finding(
        'FORMAT_OTHER_ROW_SINGLE',
        'warning',
        '2021年格式的表三「（六）其他处理」应分为三行（1.申请人无正当理由逾期不补正、2.申请人逾期未按收费通知要求缴纳费用、3.其他），' +
          '本报告只印了一行「（六）其他处理」',
        { part: 'applications', row: 'other' },
      ),
    );
  }
  if (format === '2019') {
    findings.push(finding('FORMAT_USED', 'info', `本报告使用${FORMAT_NAMES['2019']}`, { part: 'document' }));
  }
  if (format === 'legacy') {
    findings.push(
      finding('FORMAT_USED', 'info', `本报告为${FORMAT_NAMES.legacy}，未核对统计表的勾稽关系`, {
        part: 'document',
      }),
    );
  }
  return findings;
}

/**
 * Checks organ and year are known and the format matches the year.
 * @returns ORGAN_NOT_FOUND / YEAR_NOT_FOUND (warnings), FORMAT_LEGACY_AFTER_2019 (error),
 *   FORMAT_YEAR_MISMATCH and FORMAT_OTHER_ROW_SINGLE (warnings), FORMAT_USED (info, 2019 and legacy)
 * @example
 * checkFormatAndYear({ ...report, year: 2021, format: '2019' })
 * // FORMAT_YEAR_MISMATCH: 「2021年度报告应使用国办公开办函〔2021〕30号格式，本报告使用的是2019年试行格式（〔2019〕60号）」
 */
export function checkFormatAndYear(report: AnnualReport): Finding[] {
  return [...headerFindings(report), ...formatFindings(report)];
}
