/**
 * Findings as text for people: severity in Chinese, and where — part, row and column by their
 * printed labels, source line — next to the message.
 */
import type { Finding, FindingLocation, Severity } from '../domain/report/findings.ts';
import type { AnnualReport } from '../domain/report/model.ts';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_SINGLE,
  APPLICATION_ROWS_SPLIT,
  OUTCOME_COLUMNS,
  PARTS,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REVIEW_GROUPS,
} from '../domain/report/layout.ts';
import { SEVERITY_LABELS } from '../render/labels.ts';

const SPECIAL_PARTS: Readonly<Record<string, string>> = { header: '报告标题', document: '全文' };
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

/**
 * Where a finding points, in the report's own words.
 * @example describeLocation({ part: 'applications', row: 'total', column: '6', line: 52 })
 *   // '三、收到和处理政府信息公开申请情况 · （七）总计 · 总计 · 第52行'
 */
export function describeLocation(where: FindingLocation): string {
  const parts: string[] = [];
  if (where.part !== undefined) {
    parts.push(partName(where.part));
  }
  if (where.row !== undefined) {
    parts.push(rowLabel(where.part, where.row));
  }
  if (where.column !== undefined) {
    parts.push(columnLabel(where.part, where.row, where.column));
  }
  if (where.line !== undefined) {
    parts.push(`第${where.line}行`);
  }
  return parts.join(' · ');
}

/** The part's heading (「三、收到和处理政府信息公开申请情况」), or the raw key. */
export function partName(part: string): string {
  return PARTS.find((candidate) => candidate.key === part)?.heading ?? SPECIAL_PARTS[part] ?? part;
}

/** Row and column labels per table, by contract key. */
const ROW_LABELS: Readonly<Record<string, (row: string) => string | undefined>> = {
  applications: (row) => [...APPLICATION_ROWS_SPLIT, ...APPLICATION_ROWS_SINGLE].find((spec) => spec.id === row)?.shortLabel,
  proactive: (row) => [...PROACTIVE_ROWS_2021, ...PROACTIVE_ROWS_2019].find((spec) => spec.key === row)?.label,
  reviewLitigation: (row) => REVIEW_GROUPS.find((group) => group.key === row)?.label,
};

const COLUMN_LABELS: Readonly<Record<string, (column: string, row: string | undefined) => string | undefined>> = {
  applications: (column) => (/^\d$/.test(column) ? APPLICANT_COLUMNS[Number(column)] : undefined),
  proactive: (column, row) =>
    [...PROACTIVE_ROWS_2021, ...PROACTIVE_ROWS_2019]
      .filter((spec) => row === undefined || spec.key === row)
      .flatMap((spec) => spec.columns)
      .find((cell) => cell.key === column)?.label,
  reviewLitigation: (column) => OUTCOME_COLUMNS.find((outcome) => outcome.key === column)?.label,
};

/** The printed label of a table row, or the raw contract path. */
export function rowLabel(part: string | undefined, row: string): string {
  return (part === undefined ? undefined : ROW_LABELS[part]?.(row)) ?? row;
}

/** The printed label of a table column, or the raw key. */
export function columnLabel(part: string | undefined, row: string | undefined, column: string): string {
  return (part === undefined ? undefined : COLUMN_LABELS[part]?.(column, row)) ?? column;
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
