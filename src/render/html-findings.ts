/**
 * Ties findings to the places they point at in the rendered HTML: a data cell, a row label, a part
 * heading, or the title — the most specific one that exists on the page. The place gets a class
 * (a visible marker is drawn by CSS, never as text, so cells with numbers stay parseable) and
 * `aria-describedby` pointing at the finding in the list rendered after the report.
 */
import { sortFindings } from '../domain/report/findings.ts';
import type { Finding, Severity } from '../domain/report/findings.ts';
import type { PartKey } from '../domain/report/layout.ts';
import { escapeHtml, attributes } from './html-escape.ts';
import { SEVERITY_LABELS } from './labels.ts';
import { allRows, rowLabelId, valueCellId } from './table-model.ts';
import type { CellAddress, TablePart } from './table-model.ts';
import type { ReportTables } from './tables.ts';

export type IndexedFinding = {
  /** Element id of the finding in the list. */
  readonly id: string;
  readonly finding: Finding;
  /** Element id of the place it points at. */
  readonly targetId: string;
};

export type FindingIndex = {
  readonly entries: readonly IndexedFinding[];
  readonly byTarget: ReadonlyMap<string, readonly IndexedFinding[]>;
};

/** Element ids used on the page; `prefix` keeps several reports on one page apart. */
export const elementIds = {
  title: (prefix: string): string => `${prefix}-title`,
  part: (prefix: string, part: PartKey): string => `${prefix}-part-${part}`,
  cell: (prefix: string, part: TablePart, localId: string): string => `${prefix}-${part}-${localId}`,
  finding: (prefix: string, n: number): string => `${prefix}-finding-${n}`,
  findingsHeading: (prefix: string): string => `${prefix}-findings-heading`,
};

const TABLE_PARTS: readonly string[] = [
  'proactive',
  'applications',
  'reviewLitigation',
] satisfies TablePart[];

function addressKey(part: string, address: CellAddress): string {
  return `${part}|${address.row}|${address.column ?? ''}`;
}

/** Addresses of the data cells and row labels on the page. */
function addressesOf(tables: ReportTables): Set<string> {
  const known = new Set<string>();
  for (const [part, entry] of Object.entries(tables)) {
    if (entry.kind !== 'table') {
      continue;
    }
    for (const cell of allRows(entry.table).flat()) {
      if (cell.address !== undefined) {
        known.add(addressKey(part, cell.address));
      }
    }
  }
  return known;
}

function targetOf(
  finding: Finding,
  known: ReadonlySet<string>,
  renderedParts: ReadonlySet<PartKey>,
  prefix: string,
): string {
  const { part, row, column } = finding.where;
  if (part !== undefined && TABLE_PARTS.includes(part) && row !== undefined) {
    const tablePart = part as TablePart;
    if (column !== undefined && known.has(addressKey(part, { row, column }))) {
      return elementIds.cell(prefix, tablePart, valueCellId({ row, column }));
    }
    if (known.has(addressKey(part, { row }))) {
      return elementIds.cell(prefix, tablePart, rowLabelId(row));
    }
  }
  if (part !== undefined && part !== 'header' && part !== 'document' && renderedParts.has(part)) {
    return elementIds.part(prefix, part);
  }
  return elementIds.title(prefix);
}

/**
 * Sorts the findings (errors first) and resolves where each one is shown.
 * @param renderedParts the parts whose heading is on the page
 */
export function indexFindings(
  findings: readonly Finding[],
  tables: ReportTables,
  renderedParts: ReadonlySet<PartKey>,
  prefix: string,
): FindingIndex {
  const known = addressesOf(tables);
  const entries = sortFindings(findings).map((finding, i): IndexedFinding => ({
    id: elementIds.finding(prefix, i + 1),
    finding,
    targetId: targetOf(finding, known, renderedParts, prefix),
  }));
  const byTarget = new Map<string, IndexedFinding[]>();
  for (const entry of entries) {
    byTarget.set(entry.targetId, [...(byTarget.get(entry.targetId) ?? []), entry]);
  }
  return { entries, byTarget };
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The attributes that flag an element: `class` (with the worst severity), `aria-describedby`, and
 * `title` (the messages, for mouse users). Empty values when nothing points at the element.
 */
export function flagOf(
  index: FindingIndex,
  elementId: string,
): { className: string | undefined; describedBy: string | undefined; title: string | undefined } {
  const entries = index.byTarget.get(elementId) ?? [];
  if (entries.length === 0) {
    return { className: undefined, describedBy: undefined, title: undefined };
  }
  const worst = SEVERITY_ORDER.find((s) => entries.some((e) => e.finding.severity === s)) ?? 'info';
  return {
    className: `gk-flag gk-flag-${worst}`,
    describedBy: entries.map((e) => e.id).join(' '),
    title: entries.map((e) => `${SEVERITY_LABELS[e.finding.severity]}：${e.finding.message}`).join('\n'),
  };
}

/** Attribute string (` id class aria-describedby title`) for a flaggable element that is not a table cell. */
export function flagAttributes(index: FindingIndex, elementId: string, baseClass?: string): string {
  const flag = flagOf(index, elementId);
  const className = [baseClass, flag.className].filter((c) => c !== undefined).join(' ');
  return attributes({
    id: elementId,
    class: className === '' ? undefined : className,
    'aria-describedby': flag.describedBy,
    title: flag.title,
  });
}

/**
 * The list of findings shown after the report: severity in Chinese, message, and a link to the
 * place it points at. The code (docs/FINDINGS.md) is only in `data-code`, for tools, not shown. Empty string when there are none.
 */
export function renderFindingsList(index: FindingIndex, prefix: string): string {
  if (index.entries.length === 0) {
    return '';
  }
  const headingId = elementIds.findingsHeading(prefix);
  const items = index.entries.map(({ id, finding, targetId }) => {
    const severity = finding.severity;
    return (
      `<li${attributes({ id, class: `gk-finding gk-sev-${severity}`, 'data-code': finding.code })}>` +
      `<span class="gk-sev">${escapeHtml(SEVERITY_LABELS[severity])}</span> ` +
      `<span class="gk-msg">${escapeHtml(finding.message)}</span> ` +
      `<a${attributes({ href: `#${targetId}`, class: 'gk-goto' })}>查看位置</a></li>`
    );
  });
  return (
    `<aside class="gk-findings" data-gongkai="findings"${attributes({ 'aria-labelledby': headingId })}>` +
    `<h2${attributes({ id: headingId })}>检查结果</h2><ol>${items.join('')}</ol></aside>`
  );
}
