/**
 * Draws a {@link TableModel} as an editable Word table: the same merges as the HTML (`rowSpan` →
 * `w:vMerge`, `columnSpan` → `w:gridSpan`), thin black borders, fixed column widths that add up to
 * the text width, 宋体 text, numbers centred, header rows repeated on each page.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow as DocxTableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TableCell, TableModel, TableRow } from './table-model.ts';

/** 宋体 with Times New Roman for digits and Latin text. */
export const TABLE_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '宋体',
  cs: 'Times New Roman',
};

export type DocxTableOptions = {
  /** Width of the text block in twips; the columns are scaled to fill it. */
  readonly widthTwips: number;
  /** Font size in half-points (21 = 10.5pt 五号, 18 = 9pt 小五). */
  readonly fontSize: number;
};

/**
 * Scales relative weights to integer widths that sum exactly to `total`.
 * @example scaleWidths([1, 1, 2], 100) // [25, 25, 50]
 */
export function scaleWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) {
    widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  }
  return widths;
}

function alignmentOf(cell: TableCell): (typeof AlignmentType)[keyof typeof AlignmentType] {
  switch (cell.kind) {
    case 'value':
    case 'columnHeader':
      return AlignmentType.CENTER;
    case 'note':
      return AlignmentType.LEFT;
    case 'rowHeader':
      return cell.scope === 'rowgroup' ? AlignmentType.CENTER : AlignmentType.LEFT;
    default: {
      const unexpected: never = cell.kind;
      throw new Error(`unknown cell kind ${String(unexpected)}`);
    }
  }
}

function drawCell(cell: TableCell, options: DocxTableOptions): DocxTableCell {
  const size = cell.kind === 'note' ? Math.min(options.fontSize, 18) : options.fontSize;
  const paragraph = new Paragraph({
    alignment: alignmentOf(cell),
    spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    // The paragraph mark gets the cell's font size too, so an empty cell is no taller than a full one.
    run: { font: TABLE_FONT, size },
    children: cell.text === '' ? [] : [new TextRun({ text: cell.text, font: TABLE_FONT, size })],
  });
  return new DocxTableCell({
    children: [paragraph],
    verticalAlign: VerticalAlignTable.CENTER,
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    margins: { top: 12, bottom: 12, left: 40, right: 40 },
  });
}

function drawRow(
  row: TableRow,
  options: DocxTableOptions,
  flags: { isHeader: boolean; keepNext: boolean },
): DocxTableRow {
  return new DocxTableRow({
    children: row.map((cell) => drawCell(cell, options)),
    cantSplit: true,
    ...(flags.isHeader ? { tableHeader: true } : {}),
    ...(flags.keepNext ? { keepNext: true } : {}),
  });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * Builds the Word table for one table model.
 * @example renderTableDocx(buildReviewTable(data), { widthTwips: 8845, fontSize: 18 })
 */
export function renderTableDocx(table: TableModel, options: DocxTableOptions): Table {
  // Every row but the last is kept with the next, so a table that fits on a page is not split
  // (Word ignores this for a table taller than a page).
  const all = [...table.head, ...table.bodies.flat()];
  const rows = all.map((row, i) =>
    drawRow(row, options, { isHeader: i < table.head.length, keepNext: i < all.length - 1 }),
  );
  return new Table({
    rows,
    width: { size: options.widthTwips, type: WidthType.DXA },
    columnWidths: scaleWidths(table.columnWeights, options.widthTwips),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
  });
}
