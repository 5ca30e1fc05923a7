/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况) as printed (domain-zh.md §2.5, same in 2019 and 2021):
 *
 * ```
 * | 行政复议 (5)                 | 行政诉讼 (10)                                   |
 * | 结果维持 … 总计 (rowspan 2)  | 未经复议直接起诉 (5)  | 复议后起诉 (5)           |
 * |                              | 结果维持 … 总计       | 结果维持 … 总计          |
 * | 15 data cells                                                                  |
 * ```
 * The group labels come from layout.ts `REVIEW_GROUPS` (「行政诉讼·未经复议直接起诉」 is the
 * litigation band and its sub-band, split at 「·」).
 */
import { OUTCOME_COLUMNS, REVIEW_GROUPS } from '../domain/report/layout.ts';
import type { ReviewLitigation } from '../domain/report/model.ts';
import { formatCellValue } from './labels.ts';
import { COLUMN_WEIGHTS, columnHeader, rowLabelId, valueCell } from './table-model.ts';
import type { TableCell, TableModel, TableRow } from './table-model.ts';

const OUTCOMES = OUTCOME_COLUMNS.length;
const LITIGATION_ID = 'litigation';

type ReviewGroupKey = (typeof REVIEW_GROUPS)[number]['key'];

/** Splits 「行政诉讼·未经复议直接起诉」 into the band and the sub-band label. */
function splitGroupLabel(label: string): { band: string | null; own: string } {
  const at = label.indexOf('·');
  return at < 0 ? { band: null, own: label } : { band: label.slice(0, at), own: label.slice(at + 1) };
}

function outcomeId(group: ReviewGroupKey, key: string): string {
  return `${group}-${key}`;
}

function outcomeHeaders(group: ReviewGroupKey, rowSpan: number): TableCell[] {
  return OUTCOME_COLUMNS.map((column) =>
    columnHeader(column.label, { id: outcomeId(group, column.key), rowSpan }),
  );
}

/** The header ids that describe the cells of one group. */
function groupHeaderIds(group: ReviewGroupKey): string[] {
  return splitGroupLabel(REVIEW_GROUPS.find((g) => g.key === group)?.label ?? '').band === null
    ? [rowLabelId(group)]
    : [LITIGATION_ID, rowLabelId(group)];
}

function headRows(): TableRow[] {
  const top: TableCell[] = [];
  const middle: TableCell[] = [];
  const bottom: TableCell[] = [];
  let bandDone = false;
  for (const group of REVIEW_GROUPS) {
    const { band, own } = splitGroupLabel(group.label);
    const address = { row: group.key };
    if (band === null) {
      top.push(
        columnHeader(own, { colSpan: OUTCOMES, id: rowLabelId(group.key), scope: 'colgroup', address }),
      );
      middle.push(...outcomeHeaders(group.key, 2));
      continue;
    }
    if (!bandDone) {
      const span = REVIEW_GROUPS.filter((g) => splitGroupLabel(g.label).band === band).length * OUTCOMES;
      top.push(columnHeader(band, { colSpan: span, id: LITIGATION_ID, scope: 'colgroup' }));
      bandDone = true;
    }
    middle.push(
      columnHeader(own, { colSpan: OUTCOMES, id: rowLabelId(group.key), scope: 'colgroup', address }),
    );
    bottom.push(...outcomeHeaders(group.key, 1));
  }
  return [top, middle, bottom];
}

/**
 * Builds table 四: three header rows and one row of 15 cells.
 * @example buildReviewTable(report.reviewLitigation).columnCount // 15
 */
export function buildReviewTable(reviewLitigation: ReviewLitigation): TableModel {
  const dataRow: TableRow = REVIEW_GROUPS.flatMap((group) =>
    OUTCOME_COLUMNS.map((column) =>
      valueCell(
        formatCellValue(reviewLitigation[group.key][column.key]),
        { row: group.key, column: column.key },
        [...groupHeaderIds(group.key), outcomeId(group.key, column.key)],
      ),
    ),
  );
  return {
    part: 'reviewLitigation',
    caption: '行政复议、行政诉讼情况统计表',
    columnCount: REVIEW_GROUPS.length * OUTCOMES,
    columnWeights: COLUMN_WEIGHTS.reviewLitigation,
    head: headRows(),
    bodies: [[dataRow]],
  };
}
