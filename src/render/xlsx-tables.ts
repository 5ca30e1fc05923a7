/**
 * Draws {@link TableModel}s into an Excel workbook (.xlsx), one sheet per table, with the same
 * merged cells as the HTML and DOCX (rowspan/colspan → merged ranges), thin borders, numbers as
 * numbers and the form's column proportions. Text cells pass the spreadsheet formula guard.
 */
import type ExcelJS from 'exceljs';
import { neutralizeFormula } from './csv.ts';
import type { TableCell, TableModel } from './table-model.ts';

/** One sheet: its tab name, a title line above the table, the table. */
export type XlsxSheet = { readonly name: string; readonly title: string; readonly table: TableModel };

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel width units of the narrowest column (one weight unit). */
const UNIT_WIDTH = 7;
/** A Chinese character is about two width units wide; a wrapped line about 15 points high. */
const CHAR_UNITS = 2;
const LINE_POINTS = 15;

/** Lines a text needs in a cell `width` units wide (spreadsheet programs do not size merged or written rows). */
const linesFor = (text: string, width: number) =>
  Math.max(1, Math.ceil((text.length * CHAR_UNITS) / Math.max(1, width - 1)));

/** The table's cells at their grid positions (1-based row and column), spans resolved. */
function placeCells(table: TableModel): Array<{ cell: TableCell; row: number; column: number }> {
  const taken = new Set<string>();
  const placed: Array<{ cell: TableCell; row: number; column: number }> = [];
  [...table.head, ...table.bodies.flat()].forEach((cells, r) => {
    let column = 1;
    for (const cell of cells) {
      while (taken.has(`${r},${column}`)) {
        column++;
      }
      placed.push({ cell, row: r, column });
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          taken.add(`${r + dr},${column + dc}`);
        }
      }
      column += cell.colSpan;
    }
  });
  return placed;
}

function valueOf(cell: TableCell): string | number {
  return cell.kind === 'value' && /^-?\d+$/.test(cell.text)
    ? Number(cell.text)
    : neutralizeFormula(cell.text);
}

function drawSheet(workbook: ExcelJS.Workbook, sheet: XlsxSheet): void {
  const ws = workbook.addWorksheet(sheet.name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const { table } = sheet;
  const smallest = Math.min(...table.columnWeights);
  ws.columns = table.columnWeights.map((w) => ({ width: Math.round((w / smallest) * UNIT_WIDTH) }));
  ws.mergeCells(1, 1, 1, table.columnCount);
  const title = ws.getCell(1, 1);
  title.value = neutralizeFormula(sheet.title);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const top = 3; // a blank line under the title
  const widths = ws.columns.map((c) => c.width ?? UNIT_WIDTH);
  const lines = new Map<number, number>();
  for (const { cell, row, column } of placeCells(table)) {
    const r = top + row;
    if (cell.rowSpan > 1 || cell.colSpan > 1) {
      ws.mergeCells(r, column, r + cell.rowSpan - 1, column + cell.colSpan - 1);
    }
    const target = ws.getCell(r, column);
    target.value = valueOf(cell);
    target.alignment = {
      vertical: 'middle',
      horizontal: cell.kind === 'rowHeader' || cell.kind === 'note' ? 'left' : 'center',
      wrapText: true,
    };
    for (let dr = 0; dr < cell.rowSpan; dr++) {
      for (let dc = 0; dc < cell.colSpan; dc++) {
        ws.getCell(r + dr, column + dc).border = BORDER;
      }
    }
    const width = widths.slice(column - 1, column - 1 + cell.colSpan).reduce((sum, w) => sum + w, 0);
    const needed = Math.ceil(linesFor(cell.text, width) / cell.rowSpan);
    for (let dr = 0; dr < cell.rowSpan; dr++) {
      lines.set(r + dr, Math.max(lines.get(r + dr) ?? 1, needed));
    }
  }
  for (const [r, n] of lines) {
    ws.getRow(r).height = n * LINE_POINTS;
  }
}

/**
 * @returns the workbook bytes
 * @example await renderTablesXlsx([{ name: '表三', title: '某局2026年依申请公开情况', table }])
 */
export async function renderTablesXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs'); // loaded on first use (decision 013)
  const workbook = new Excel.Workbook();
  workbook.creator = 'gongkai';
  for (const sheet of sheets) {
    drawSheet(workbook, sheet);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
