/**
 * Draws a report table (the format-neutral TableModel that the HTML and DOCX renderers draw too,
 * merges included) into a pdfkit document: column widths from the model's weights, row heights
 * from the text, rows that do not fit moved to the next page with the header rows repeated. A cell
 * merged over rows that a page break divides is boxed on each page, its text printed once (in its
 * first part) so that text extracted from the PDF reads each label once.
 */
import { allRows, layoutGrid, type TableCell, type TableModel } from '../../render/table-model.ts';
import { currentPage } from './pdf-kit.ts';

const PAD = 3;
const MIN_ROW = 16;

type Placed = { page: number; y: number };
type Box = { text: string; x: number; width: number; kind: TableCell['kind']; rows: [number, number] };

function columnWidths(table: TableModel, width: number): number[] {
  const total = table.columnWeights.reduce((a, b) => a + b, 0);
  return table.columnWeights.map((w) => (w / total) * width);
}

function textOptions(box: Pick<Box, 'width' | 'kind'>): PDFKit.Mixins.TextOptions {
  const isLabel = box.kind === 'rowHeader' || box.kind === 'note';
  return { width: box.width - 2 * PAD, align: isLabel && box.width > 90 ? 'left' : 'center', lineGap: 1 };
}

/** Every cell as a box (grid position → x, width, rows covered). */
function boxesOf(table: TableModel, x: number, widths: readonly number[]): Box[] {
  const grid = layoutGrid(table);
  const boxes: Box[] = [];
  grid.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell === null) {
        return;
      }
      const left = x + widths.slice(0, c).reduce((a, b) => a + b, 0);
      const width = widths.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0);
      boxes.push({ text: cell.text, x: left, width, kind: cell.kind, rows: [r, r + cell.rowSpan - 1] });
    }),
  );
  return boxes;
}

/** Row heights: each row fits its one-row cells; a merged cell's last row grows if it needs room. */
function rowHeights(doc: PDFKit.PDFDocument, boxes: readonly Box[], rowCount: number): number[] {
  const heights = new Array<number>(rowCount).fill(MIN_ROW);
  const need = (box: Box) => doc.heightOfString(box.text === '' ? ' ' : box.text, textOptions(box)) + 2 * PAD;
  for (const box of boxes.filter((b) => b.rows[0] === b.rows[1])) {
    heights[box.rows[0]] = Math.max(heights[box.rows[0]]!, need(box));
  }
  for (const box of boxes.filter((b) => b.rows[0] !== b.rows[1])) {
    const have = heights.slice(box.rows[0], box.rows[1] + 1).reduce((a, b) => a + b, 0);
    heights[box.rows[1]] = heights[box.rows[1]]! + Math.max(0, need(box) - have);
  }
  return heights;
}

/** Where each row goes (page, top), adding pages; header rows placed again on every new page. */
function placeRows(
  doc: PDFKit.PDFDocument,
  heights: readonly number[],
  headCount: number,
  bottom: number,
): { rows: Placed[]; repeatedHeads: Placed[] } {
  const headHeight = heights.slice(0, headCount).reduce((a, b) => a + b, 0);
  const firstBody = heights[headCount] ?? 0;
  if (doc.y + headHeight + firstBody > bottom) {
    doc.addPage();
  }
  let y = doc.y;
  const rows: Placed[] = [];
  const repeatedHeads: Placed[] = [];
  heights.forEach((height, r) => {
    if (r >= headCount && y + height > bottom) {
      doc.addPage();
      y = doc.page.margins.top;
      repeatedHeads.push({ page: currentPage(doc), y });
      y += headHeight;
    }
    rows.push({ page: currentPage(doc), y });
    y += height;
  });
  doc.y = y;
  return { rows, repeatedHeads };
}

function drawSegment(doc: PDFKit.PDFDocument, box: Box, top: number, height: number, withText: boolean) {
  doc.rect(box.x, top, box.width, height).stroke();
  if (withText && box.text !== '') {
    const options = textOptions(box);
    const textHeight = doc.heightOfString(box.text, options);
    doc.text(box.text, box.x + PAD, top + Math.max(PAD, (height - textHeight) / 2), options);
  }
}

/** Boxes a cell over its rows, one segment per page. */
function drawBox(doc: PDFKit.PDFDocument, box: Box, rows: readonly Placed[], heights: readonly number[]) {
  let start = box.rows[0];
  for (let r = box.rows[0]; r <= box.rows[1]; r += 1) {
    const next = rows[r + 1];
    if (r === box.rows[1] || next === undefined || next.page !== rows[r]!.page) {
      const height = heights.slice(start, r + 1).reduce((a, b) => a + b, 0);
      doc.switchToPage(rows[start]!.page);
      drawSegment(doc, box, rows[start]!.y, height, start === box.rows[0]);
      start = r + 1;
    }
  }
}

/**
 * Draws the table at the current position, full `width` from `x`.
 * @param bottom the lowest y a row may reach (the page's bottom margin)
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  table: TableModel,
  layout: { x: number; width: number; fontSize: number; bottom: number },
): void {
  doc.fontSize(layout.fontSize).lineWidth(0.5);
  const boxes = boxesOf(table, layout.x, columnWidths(table, layout.width));
  const headCount = table.head.length;
  const heights = rowHeights(doc, boxes, allRows(table).length);
  const { rows, repeatedHeads } = placeRows(doc, heights, headCount, layout.bottom);
  const last = currentPage(doc);
  const endY = doc.y;
  for (const box of boxes) {
    drawBox(doc, box, rows, heights);
  }
  for (const head of repeatedHeads) {
    const shifted = heights.slice(0, headCount).map((_, r) => ({
      page: head.page,
      y: head.y + heights.slice(0, r).reduce((a, b) => a + b, 0),
    }));
    for (const box of boxes.filter((b) => b.rows[1] < headCount)) {
      drawBox(doc, box, shifted, heights);
    }
  }
  doc.switchToPage(last);
  doc.x = layout.x;
  doc.y = endY;
}
