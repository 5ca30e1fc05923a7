/**
 * Findings as text for people: severity in Chinese, and where — part, row and column by their
 * printed labels, source line — next to the message.
 */
import { describeLocation } from '../domain/report/finding-location.ts';
import type { Finding, Severity } from '../domain/report/findings.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import { SEVERITY_LABELS } from '../render/labels.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Counts findings per severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) {
    counts[finding.severity] += 1;
  }
  return counts;
}

/**
 * The summary line of a check.
 * @example summaryLine({ error: 1, warning: 2, info: 0 }) // '错误 1 项，警告 2 项，提示 0 项'
 */
export function summaryLine(counts: Record<Severity, number>): string {
  return SEVERITIES.map((severity) => `${SEVERITY_LABELS[severity]} ${counts[severity]} 项`).join('，');
}

/**
 * One finding on one line, as `report parse` prints them on stderr.
 * @example findingLine(f) // '[警告] PARSE_CELLS_MISSING 第64行：表三「（一）予以公开」行：…'
 */
export function findingLine(finding: Finding): string {
  const line = finding.where.line === undefined ? '' : ` 第${finding.where.line}行`;
  return `[${SEVERITY_LABELS[finding.severity]}] ${finding.code}${line}：${finding.message}`;
}

/**
 * Findings grouped by severity, each with its location, then the summary line.
 * @param findings already sorted (errors first)
 */
export function formatFindingsReport(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) {
      continue;
    }
    lines.push(`${SEVERITY_LABELS[severity]}（${group.length} 项）`);
    group.forEach((finding, index) => {
      const where = describeLocation(finding.where);
      lines.push(`  ${index + 1}. ${finding.code}${where === '' ? '' : `［${where}］`}`);
      lines.push(`     ${finding.message}`);
    });
    lines.push('');
  }
  lines.push(summaryLine(countBySeverity(findings)));
  return `${lines.join('\n')}\n`;
}

const FORMAT_LABELS = {
  '2021': '2021年格式（国办公开办函〔2021〕30号）',
  '2019': '2019年试行格式（国办公开办函〔2019〕60号）',
  legacy: '2019年以前的自由格式',
} as const;

/**
 * One line naming the report: organ, year and the format it is printed in.
 * @example reportIdentity(report) // '淄博市博山区人民政府 · 2024年度 · 2021年格式（国办公开办函〔2021〕30号）'
 */
export function reportIdentity(report: Pick<AnnualReport, 'organ' | 'year' | 'format'>): string {
  const organ = report.organ ?? '（未识别机关名称）';
  const year = report.year === null ? '（未识别年度）' : `${report.year}年度`;
  return `${organ} · ${year} · ${FORMAT_LABELS[report.format]}`;
}
