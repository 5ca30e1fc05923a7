/**
 * Draws a {@link TableModel} as an HTML table: merged cells as `rowspan`/`colspan`, header cells
 * as `<th scope>` with ids, data cells with `headers`, one `<tr>` per printed row. Cell text is only
 * the printed label or the number, so the page flattens back to the form's rows.
 */
import { attributes, escapeHtml } from './html-escape.ts';
import { elementIds, flagOf } from './html-findings.ts';
import type { FindingIndex } from './html-findings.ts';
import { valueCellId } from './table-model.ts';
import type { TableCell, TableModel, TableRow } from './table-model.ts';

type DrawContext = { readonly table: TableModel; readonly index: FindingIndex; readonly prefix: string };

function pageId(context: DrawContext, localId: string | undefined): string | undefined {
  return localId === undefined ? undefined : elementIds.cell(context.prefix, context.table.part, localId);
}

function spans(cell: TableCell): { colspan: number | undefined; rowspan: number | undefined } {
  return {
    colspan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowspan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
  };
}

function classes(...names: (string | undefined)[]): string | undefined {
  const joined = names.filter((n) => n !== undefined && n !== '').join(' ');
  return joined === '' ? undefined : joined;
}

function drawValue(cell: TableCell, context: DrawContext): string {
  const ownId = cell.address === undefined ? undefined : pageId(context, valueCellId(cell.address));
  const flag = ownId === undefined ? flagOf(context.index, '') : flagOf(context.index, ownId);
  const headers = (cell.headers ?? []).map((h) => pageId(context, h)).join(' ');
  return (
    `<td${attributes({
      id: flag.className === undefined ? undefined : ownId,
      ...spans(cell),
      class: classes('gk-num', cell.text === '' ? 'gk-empty' : undefined, flag.className),
      headers: headers === '' ? undefined : headers,
      'aria-describedby': flag.describedBy,
      title: flag.title,
    })}>` + `${escapeHtml(cell.text)}</td>`
  );
}

function drawHeader(cell: TableCell, context: DrawContext): string {
  const id = pageId(context, cell.id);
  const flag = flagOf(context.index, id ?? '');
  const kindClass = cell.kind === 'rowHeader' ? 'gk-rowhead' : 'gk-colhead';
  return (
    `<th${attributes({
      id,
      scope: cell.scope,
      ...spans(cell),
      class: classes(kindClass, flag.className),
      'aria-describedby': flag.describedBy,
      title: flag.title,
    })}>` + `${escapeHtml(cell.text)}</th>`
  );
}

function drawCell(cell: TableCell, context: DrawContext): string {
  switch (cell.kind) {
    case 'note':
      return `<td${attributes({ ...spans(cell), class: 'gk-note' })}>${escapeHtml(cell.text)}</td>`;
    case 'columnHeader':
    case 'rowHeader':
      return drawHeader(cell, context);
    case 'value':
      return drawValue(cell, context);
    default: {
      const unexpected: never = cell.kind;
      throw new Error(`unknown cell kind ${String(unexpected)}`);
    }
  }
}

/** A row is flagged as a whole when a finding points at its own label cell. */
function rowFlagClass(row: TableRow, context: DrawContext): string | undefined {
  const label = row.find((cell) => cell.kind === 'rowHeader' && cell.address !== undefined);
  const id = pageId(context, label?.id);
  const flagClass = id === undefined ? undefined : flagOf(context.index, id).className;
  return flagClass === undefined
    ? undefined
    : flagClass.replace('gk-flag gk-flag-', 'gk-row-flag gk-row-flag-');
}

function drawRows(rows: readonly TableRow[], context: DrawContext): string {
  return rows
    .map(
      (row) =>
        `<tr${attributes({ class: rowFlagClass(row, context) })}>${row.map((c) => drawCell(c, context)).join('')}</tr>`,
    )
    .join('\n');
}

/**
 * Renders one table, wrapped in a horizontally scrollable, keyboard-focusable region.
 * The table's name (caption) is given as attributes and drawn by CSS from `data-caption`, so that
 * it is announced but is not page text a reader would take for report prose.
 * @param index findings resolved to element ids (see indexFindings)
 * @param prefix element-id prefix of this report on the page
 */
export function renderTableHtml(table: TableModel, index: FindingIndex, prefix: string): string {
  const context: DrawContext = { table, index, prefix };
  // Widths come from REPORT_CSS (columnWidthCss): no inline styles under the pages' strict CSP.
  const cols = '<col>'.repeat(table.columnCount);
  const head = table.head.length === 0 ? '' : `<thead>\n${drawRows(table.head, context)}\n</thead>\n`;
  const bodies = table.bodies.map((rows) => `<tbody>\n${drawRows(rows, context)}\n</tbody>`).join('\n');
  return (
    `<div${attributes({ class: 'gk-table-wrap', role: 'region', tabindex: 0, 'aria-label': table.caption })}>\n` +
    `<table${attributes({ class: `gk-table gk-table-${table.part}`, 'aria-label': table.caption })}>\n` +
    `<caption${attributes({ 'data-caption': table.caption })}></caption>\n` +
    `<colgroup>${cols}</colgroup>\n${head}${bodies}\n</table>\n</div>`
  );
}
