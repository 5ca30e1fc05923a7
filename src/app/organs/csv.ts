/**
 * CSV as spreadsheets write it (RFC 4180: comma, double quotes, CRLF), UTF-8 with a BOM so that
 * Excel opens Chinese text correctly. Cells that a spreadsheet would run as a formula get the
 * one formula guard's apostrophe (render/formula-guard.ts), which the reader removes again.
 */
import { toCsvLine } from '../../render/csv.ts';
import { removeFormulaGuard } from '../../render/formula-guard.ts';

/**
 * Writes rows as CSV text with a BOM.
 * @example toCsv([['名称'], ['博山区教育局']]) // '\uFEFF名称\r\n博山区教育局\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => toCsvLine(r)).join('\r\n')}\r\n`;
}

/**
 * Parses comma-separated text (a BOM and a trailing newline are allowed).
 * @returns rows of cells, with the apostrophe in front of a defused formula removed
 * @throws Error with a Chinese message for an unclosed quote
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endCell = () => {
    row.push(removeFormulaGuard(cell));
    cell = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (inQuotes) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        inQuotes = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      inQuotes = true;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') {
        i += 1;
      }
      endCell();
      rows.push(row);
      row = [];
    } else {
      cell += ch;
    }
  }
  if (inQuotes) {
    throw new Error('CSV 文件中有未闭合的双引号，文件可能不完整');
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}
