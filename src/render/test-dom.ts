/**
 * Test support: a tiny DOM walk over rendered HTML (htmlparser2), to read tables back as grids the
 * way a reader of the page would. Not used by the renderers.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export type HtmlElement = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/** Parses HTML and returns the root document. */
export function parseHtml(html: string): ReturnType<typeof parseDocument> {
  return parseDocument(html);
}

/** All elements with the tag name, in document order. */
export function elementsByTag(
  root: Parameters<typeof DomUtils.getElementsByTagName>[1],
  tag: string,
): HtmlElement[] {
  return DomUtils.getElementsByTagName(tag, root, true);
}

/** The text content of an element (entities decoded). */
export function textOf(element: HtmlElement): string {
  return DomUtils.textContent(element);
}

/** The direct `<td>`/`<th>` children of a row. */
export function cellsOf(row: HtmlElement): HtmlElement[] {
  return row.children.filter(
    (child): child is HtmlElement => 'name' in child && (child.name === 'td' || child.name === 'th'),
  );
}

/** The rows of a table (inside thead/tbody), in order. */
export function rowsOf(table: HtmlElement): HtmlElement[] {
  return elementsByTag(table, 'tr');
}

/** Each row as the texts of its own cells (what a flattened `| a | b |` line holds). */
export function rowTexts(table: HtmlElement): string[][] {
  return rowsOf(table).map((row) => cellsOf(row).map(textOf));
}

/**
 * Expands row/col spans into a full grid of cells (a spanned slot holds the spanning cell).
 * Throws if a row overflows or leaves holes, i.e. if the spans do not tile the table.
 */
export function expandGrid(table: HtmlElement): HtmlElement[][] {
  const rows = rowsOf(table);
  const grid: (HtmlElement | undefined)[][] = rows.map(() => []);
  let width = -1;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r]?.[c] !== undefined) {
        c += 1;
      }
      const rowSpan = Number(cell.attribs.rowspan ?? '1');
      const colSpan = Number(cell.attribs.colspan ?? '1');
      for (let dr = 0; dr < rowSpan; dr += 1) {
        for (let dc = 0; dc < colSpan; dc += 1) {
          const line = grid[r + dr];
          if (line === undefined || line[c + dc] !== undefined) {
            throw new Error(`span overflow at row ${r}`);
          }
          line[c + dc] = cell;
        }
      }
      c += colSpan;
    }
  });
  return grid.map((line, r) => {
    const filled = line.filter((cell): cell is HtmlElement => cell !== undefined);
    if (filled.length !== line.length) {
      throw new Error(`hole in row ${r}`);
    }
    if (width >= 0 && line.length !== width) {
      throw new Error(`row ${r} has ${line.length} columns, expected ${width}`);
    }
    width = line.length;
    return filled;
  });
}
