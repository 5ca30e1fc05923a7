/**
 * A format-neutral model of one printed table (merged cells included), built once from the data
 * and drawn by the HTML and DOCX renderers, so both show exactly the same merges.
 */

/** The parts of the report that carry a table. */
export type TablePart = 'proactive' | 'applications' | 'reviewLitigation';

/**
 * Where a cell sits in the terms of `Finding.where`: `row` is the contract path of the row
 * (`withheld.stateSecret`, `review`, `rules`), `column` the cell key (`issued`, `total`, "0"–"6").
 * A row label carries only `row`.
 */
export type CellAddress = { readonly row: string; readonly column?: string };

/**
 * `note` — the 勾稽 note in the top-left of table 三;
 * `columnHeader` / `rowHeader` — printed labels; `value` — a data cell (a number, empty when null).
 */
export type CellKind = 'note' | 'columnHeader' | 'rowHeader' | 'value';

/** The scope of a header cell, as HTML `<th scope>` names it. */
export type HeaderScope = 'col' | 'colgroup' | 'row' | 'rowgroup';

export type TableCell = {
  readonly kind: CellKind;
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Id unique within the table; header cells have one so data cells can name their headers. */
  readonly id?: string;
  readonly scope?: HeaderScope;
  /** Ids of the header cells that describe this data cell (HTML `headers`). */
  readonly headers?: readonly string[];
  readonly address?: CellAddress;
};

export type TableRow = readonly TableCell[];

/**
 * Relative widths of each table's grid columns: the one source for the DOCX column sizes and the
 * HTML `<col>` widths (classes in REPORT_CSS — pages run under a strict CSP without inline styles).
 */
export const COLUMN_WEIGHTS = {
  proactive: [2.4, 1, 1, 1],
  applications: [1, 1.5, 5.3, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1],
  // 行政复议 (5) + 行政诉讼 未经复议 (5) + 复议后起诉 (5), equal widths.
  reviewLitigation: new Array<number>(15).fill(1),
} as const satisfies Record<TablePart, readonly number[]>;

export type TableModel = {
  readonly part: TablePart;
  /** A short digit-free name of the table, for `<caption>` and DOCX alt text. */
  readonly caption: string;
  readonly columnCount: number;
  /** Relative widths of the grid columns (DOCX sizes the columns from them). */
  readonly columnWeights: readonly number[];
  /** Header rows (HTML `<thead>`, repeated on each page in DOCX). */
  readonly head: readonly TableRow[];
  /** Body groups; each becomes one `<tbody>` (the blocks of table 二). */
  readonly bodies: readonly (readonly TableRow[])[];
};

type HeaderOptions = {
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly id?: string;
  readonly scope?: HeaderScope;
  readonly address?: CellAddress;
};

function withOptional(base: TableCell, options: HeaderOptions): TableCell {
  return {
    ...base,
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.scope === undefined ? {} : { scope: options.scope }),
    ...(options.address === undefined ? {} : { address: options.address }),
  };
}

/** A printed column label. */
export function columnHeader(text: string, options: HeaderOptions = {}): TableCell {
  const base: TableCell = {
    kind: 'columnHeader',
    text,
    rowSpan: options.rowSpan ?? 1,
    colSpan: options.colSpan ?? 1,
  };
  return withOptional(base, { scope: 'col', ...options });
}

/** A printed row label. */
export function rowHeader(text: string, options: HeaderOptions = {}): TableCell {
  const base: TableCell = {
    kind: 'rowHeader',
    text,
    rowSpan: options.rowSpan ?? 1,
    colSpan: options.colSpan ?? 1,
  };
  return withOptional(base, { scope: 'row', ...options });
}

/** The note cell in the top-left corner of table 三. */
export function noteCell(text: string, rowSpan: number, colSpan: number): TableCell {
  return { kind: 'note', text, rowSpan, colSpan };
}

/** A data cell; `text` is already formatted (empty for null). */
export function valueCell(
  text: string,
  address: CellAddress,
  headers: readonly string[],
  colSpan = 1,
): TableCell {
  return { kind: 'value', text, rowSpan: 1, colSpan, address, headers };
}

/** Turns a contract path into an id fragment: `withheld.stateSecret` → `withheld-stateSecret`. */
export function idFragment(path: string): string {
  return path.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** Local id of the label cell of a row (the cell a row-level finding points at). */
export function rowLabelId(row: string): string {
  return `r-${idFragment(row)}`;
}

/** Local id of a data cell (given only when a finding points at it). */
export function valueCellId(address: CellAddress): string {
  return `v-${idFragment(address.row)}-${idFragment(address.column ?? '')}`;
}

/** Every row of a table, head first, in print order. */
export function allRows(table: TableModel): TableRow[] {
  return [...table.head, ...table.bodies.flat()];
}

/**
 * Lays the rows out on the grid, honouring row and column spans, and returns the cell that
 * starts at each position (null where a span covers it). Throws if the spans do not tile the grid
 * exactly — which would mean a malformed layout.
 */
export function layoutGrid(table: TableModel): (TableCell | null)[][] {
  const rows = allRows(table);
  const grid: (TableCell | null | undefined)[][] = rows.map(() =>
    new Array<undefined>(table.columnCount).fill(undefined),
  );
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]?.[c] !== undefined) {
        c += 1;
      }
      for (let dr = 0; dr < cell.rowSpan; dr += 1) {
        for (let dc = 0; dc < cell.colSpan; dc += 1) {
          const line = grid[r + dr];
          if (line === undefined || c + dc >= table.columnCount || line[c + dc] !== undefined) {
            throw new Error(`cell 「${cell.text}」 overflows the grid at row ${r}, column ${c}`);
          }
          line[c + dc] = dr === 0 && dc === 0 ? cell : null;
        }
      }
      c += cell.colSpan;
    }
  });
  return grid.map((line, r) =>
    line.map((slot, c) => {
      if (slot === undefined) {
        throw new Error(`grid position row ${r}, column ${c} is not covered`);
      }
      return slot;
    }),
  );
}
