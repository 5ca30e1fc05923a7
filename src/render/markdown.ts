/**
 * The report as Markdown (GitHub flavour): `#` title, `##` official part headings, prose
 * paragraphs, and the tables as pipe tables, one printed row per line.
 *
 * Pipe tables cannot merge cells, so:
 * - table 二 is one small table per 第二十条 block: the block label is the header row, then
 *   「信息内容」 + the column labels, then the rows;
 * - table 三 has the 勾稽 note and the seven applicant columns as header; each row's first cell is
 *   only its own label (「1.属于国家秘密」); the labels 「三、本年度办理结果」 and （三）–（六） that
 *   head a group of rows are rows of their own with that single cell (GFM fills the rest), so they
 *   cannot be mistaken for a row of blank numbers;
 * - table 四 keeps its 15 columns: band row, sub-band row, the 15 outcome labels, the data row.
 * A null cell is an empty cell `|  |`.
 */
import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUP_LABELS,
  APPLICATIONS_NOTE,
  applicationRowsOf,
  getApplicationRow,
  OUTCOME_COLUMNS,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  REVIEW_GROUPS,
} from '../domain/report/layout.ts';
import type { PartKey } from '../domain/report/layout.ts';
import type { AnnualReport, Applications, ReviewLitigation } from '../domain/report/model.ts';
import { FORM_LABELS, formatCellValue, printedParts, reportTitle } from './labels.ts';
import { proactiveCellText } from './table-proactive.ts';
import { MISSING_TABLE_NOTICE } from './tables.ts';

/** Backslash-escapes the characters that would start inline Markdown or break a table row. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`).replace(/\r?\n|\r/g, ' ');
}

/** Escapes a prose line so that it stays a plain paragraph (no heading, list, quote or table). */
function escapeProseLine(line: string): string {
  const inline = escapeMarkdownInline(line);
  return inline.replace(/^([#>+\-=~])/, '\\$1').replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3');
}

/** One pipe-table row. */
function pipeRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => escapeMarkdownInline(c)).join(' | ')} |`;
}

/** Header + alignment row: the label column left (when there is one), the value columns centred. */
function pipeHeader(cells: readonly string[], hasLabelColumn = true): string[] {
  const align = cells.map((_, i) => (i === 0 && hasLabelColumn ? '---' : ':---:'));
  return [pipeRow(cells), `| ${align.join(' | ')} |`];
}

function proactiveTables(report: AnnualReport): string[] {
  if (report.format === 'legacy' || report.proactive === null) {
    return [];
  }
  const specs = report.format === '2021' ? PROACTIVE_ROWS_2021 : PROACTIVE_ROWS_2019;
  const proactive = report.proactive;
  const blocks = [...new Set(specs.map((s) => s.block))];
  return blocks.map((block) => {
    const rows = specs.filter((s) => s.block === block);
    const columns = rows[0]?.columns ?? [];
    const width = 1 + columns.length;
    const heading = [block, ...new Array<string>(width - 1).fill('')];
    const lines = [
      ...pipeHeader(heading),
      pipeRow([FORM_LABELS.contentColumn, ...columns.map((c) => c.label)]),
      ...rows.map((spec) =>
        pipeRow([spec.label, ...spec.columns.map((c) => proactiveCellText(proactive, spec.key, c))]),
      ),
    ];
    return lines.join('\n');
  });
}

function applicationsTable(applications: Applications): string {
  const specs = applicationRowsOf(applications);
  const lines = pipeHeader([APPLICATIONS_NOTE, ...APPLICANT_COLUMNS]);
  const seenGroups = new Set<string>();
  for (const spec of specs) {
    if (spec.id === 'granted') {
      lines.push(pipeRow([FORM_LABELS.resultsBlock]));
    }
    if (spec.group !== null && !seenGroups.has(spec.group)) {
      seenGroups.add(spec.group);
      lines.push(pipeRow([APPLICATION_GROUP_LABELS[spec.group]]));
    }
    lines.push(pipeRow([spec.label, ...getApplicationRow(applications, spec).map(formatCellValue)]));
  }
  return lines.join('\n');
}

function reviewTable(reviewLitigation: ReviewLitigation): string {
  const width = REVIEW_GROUPS.length * OUTCOME_COLUMNS.length;
  const bands = new Array<string>(width).fill('');
  const subBands = new Array<string>(width).fill('');
  REVIEW_GROUPS.forEach((group, g) => {
    const at = group.label.indexOf('·');
    const start = g * OUTCOME_COLUMNS.length;
    if (at < 0) {
      bands[start] = group.label;
      return;
    }
    const band = group.label.slice(0, at);
    if (!bands.includes(band)) {
      bands[start] = band;
    }
    subBands[start] = group.label.slice(at + 1);
  });
  const labels = REVIEW_GROUPS.flatMap(() => OUTCOME_COLUMNS.map((c) => c.label));
  const values = REVIEW_GROUPS.flatMap((group) =>
    OUTCOME_COLUMNS.map((c) => formatCellValue(reviewLitigation[group.key][c.key])),
  );
  return [...pipeHeader(bands, false), pipeRow(subBands), pipeRow(labels), pipeRow(values)].join('\n');
}

/** The tables of one part (empty for parts without a table or legacy reports). */
function partTables(report: AnnualReport, part: PartKey): string[] {
  if (report.format === 'legacy') {
    return [];
  }
  const missing = [`<!-- ${MISSING_TABLE_NOTICE} -->`];
  switch (part) {
    case 'proactive':
      return report.proactive === null ? missing : proactiveTables(report);
    case 'applications':
      return report.applications === null ? missing : [applicationsTable(report.applications)];
    case 'reviewLitigation':
      return report.reviewLitigation === null ? missing : [reviewTable(report.reviewLitigation)];
    case 'overview':
    case 'problems':
    case 'other':
      return [];
    default: {
      const unexpected: never = part;
      throw new Error(`unknown part ${String(unexpected)}`);
    }
  }
}

/**
 * Renders a report as GitHub-flavoured Markdown (blocks separated by blank lines, trailing newline).
 * Legacy reports print only the parts that have prose.
 * @example renderReportMarkdown(report).split('\n')[0] // '# 淄博市博山区人民政府2024年政府信息公开工作年度报告'
 */
export function renderReportMarkdown(report: AnnualReport): string {
  const blocks: string[] = [`# ${escapeMarkdownInline(reportTitle(report))}`];
  for (const part of printedParts(report)) {
    blocks.push(`## ${part.heading}`, ...part.prose.map(escapeProseLine), ...partTables(report, part.key));
  }
  return `${blocks.join('\n\n')}\n`;
}
