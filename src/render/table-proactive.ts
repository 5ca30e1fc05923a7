/**
 * Table 二 (主动公开政府信息情况) as printed: one four-column table in blocks, each block headed by
 * its 第二十条 item (spanning the table), then 信息内容 + the block's column labels, then its rows.
 * A block with fewer than three value columns lets its last column span the rest, as the form does
 * (e.g. 本年处理决定数量 across three columns). domain-zh.md §2.3 (2021) and §2.7 (2019).
 */
import { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021 } from '../domain/report/layout.ts';
import type { ProactiveCellSpec, ProactiveRowSpec } from '../domain/report/layout.ts';
import type { Proactive2019, Proactive2021 } from '../domain/report/model.ts';
import { FORM_LABELS, formatCellValue } from './labels.ts';
import { COLUMN_WEIGHTS, columnHeader, rowHeader, rowLabelId, valueCell } from './table-model.ts';
import type { TableModel, TableRow } from './table-model.ts';

const VALUE_COLUMNS = 3;

type Block = { readonly heading: string; readonly rows: readonly ProactiveRowSpec[] };

/** Groups the row specs by their 第二十条 block, keeping print order. */
function blocksOf(specs: readonly ProactiveRowSpec[]): Block[] {
  const blocks: Block[] = [];
  for (const spec of specs) {
    const last = blocks.at(-1);
    if (last !== undefined && last.heading === spec.block) {
      blocks[blocks.length - 1] = { heading: last.heading, rows: [...last.rows, spec] };
    } else {
      blocks.push({ heading: spec.block, rows: [spec] });
    }
  }
  return blocks;
}

/** Column span of the j-th of n value columns: the last one takes what is left of three. */
function spanOf(index: number, count: number): number {
  return index === count - 1 ? VALUE_COLUMNS - (count - 1) : 1;
}

/**
 * Reads one cell of table 二 as display text. 2019 采购总金额 shows `amountText` (the cell verbatim,
 * units included) when the report gave one, else the number.
 */
export function proactiveCellText(
  proactive: Proactive2021 | Proactive2019,
  rowKey: string,
  column: ProactiveCellSpec,
): string {
  const row = (proactive as unknown as Record<string, Record<string, number | string | null> | undefined>)[
    rowKey
  ];
  if (row === undefined) {
    return '';
  }
  if (rowKey === 'procurement' && column.key === 'amount') {
    const verbatim = row.amountText;
    if (typeof verbatim === 'string' && verbatim.trim() !== '') {
      return verbatim.trim();
    }
  }
  const value = row[column.key];
  return typeof value === 'number' ? formatCellValue(value) : '';
}

function blockRows(block: Block, blockIndex: number, proactive: Proactive2021 | Proactive2019): TableRow[] {
  const blockId = `b${blockIndex}`;
  const columns = block.rows[0]?.columns ?? [];
  const headingRow: TableRow = [
    columnHeader(block.heading, { colSpan: 1 + VALUE_COLUMNS, id: blockId, scope: 'colgroup' }),
  ];
  const labelRow: TableRow = [
    columnHeader(FORM_LABELS.contentColumn, { id: `${blockId}-label` }),
    ...columns.map((column, j) =>
      columnHeader(column.label, { id: `${blockId}-${column.key}`, colSpan: spanOf(j, columns.length) }),
    ),
  ];
  const dataRows = block.rows.map((spec): TableRow => {
    const labelId = rowLabelId(spec.key);
    return [
      rowHeader(spec.label, { id: labelId, address: { row: spec.key } }),
      ...spec.columns.map((column, j) =>
        valueCell(
          proactiveCellText(proactive, spec.key, column),
          { row: spec.key, column: column.key },
          [blockId, `${blockId}-${column.key}`, labelId],
          spanOf(j, spec.columns.length),
        ),
      ),
    ];
  });
  return [headingRow, labelRow, ...dataRows];
}

/**
 * Builds table 二 for the given format.
 * @example buildProactiveTable(report.proactive, '2021').bodies.length // 4 blocks
 */
export function buildProactiveTable(
  proactive: Proactive2021 | Proactive2019,
  format: '2021' | '2019',
): TableModel {
  const specs = format === '2021' ? PROACTIVE_ROWS_2021 : PROACTIVE_ROWS_2019;
  return {
    part: 'proactive',
    caption: '主动公开情况统计表',
    columnCount: 1 + VALUE_COLUMNS,
    columnWeights: COLUMN_WEIGHTS.proactive,
    head: [],
    bodies: blocksOf(specs).map((block, i) => blockRows(block, i, proactive)),
  };
}
