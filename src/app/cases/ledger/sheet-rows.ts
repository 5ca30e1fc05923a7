/**
 * Sheet rows (cells by position) → ledger rows (cells by column). The header is the first row,
 * among the first ten that are not blank, that has every required column: ledgers often carry a
 * title row (「博山区教育局2024年依申请公开台账」) above it. Blank rows are skipped.
 */
import {
  LEDGER_COLUMNS,
  matchLedgerHeader,
  type LedgerColumnKey,
  type LedgerHeaderMatch,
} from '../../../domain/case/ledger/ledger-columns.ts';
import { MAX_LEDGER_ROWS, type LedgerRow } from '../../../domain/case/ledger/ledger-case.ts';
import { LedgerFileError } from './ledger-file-error.ts';

/** A row as read from the sheet: its number, cell texts by position, problems by position. */
export type SheetRow = { line: number; cells: string[]; problems: { index: number; message: string }[] };

const HEADER_SEARCH_ROWS = 10;

function findHeader(rows: readonly SheetRow[]): { at: number; match: LedgerHeaderMatch } {
  let best: { at: number; match: LedgerHeaderMatch; found: number } | null = null;
  for (let at = 0; at < Math.min(rows.length, HEADER_SEARCH_ROWS); at += 1) {
    const match = matchLedgerHeader(rows[at]!.cells);
    if (match.problems.length === 0) {
      return { at, match };
    }
    const found = Object.keys(match.indexOf).length;
    if (best === null || found > best.found) {
      best = { at, match, found };
    }
  }
  return best!;
}

/**
 * @throws LedgerFileError when there is no usable header, no data, or more than MAX_LEDGER_ROWS rows
 */
export function toLedgerRows(sheetRows: readonly SheetRow[]): LedgerRow[] {
  const nonEmpty = sheetRows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) {
    throw new LedgerFileError('文件中没有内容');
  }
  const { at, match } = findHeader(nonEmpty);
  if (match.problems.length > 0) {
    throw new LedgerFileError(match.problems.join('；'));
  }
  const data = nonEmpty.slice(at + 1);
  if (data.length === 0) {
    throw new LedgerFileError('文件只有表头，没有台账数据');
  }
  if (data.length > MAX_LEDGER_ROWS) {
    throw new LedgerFileError(
      `文件有 ${data.length} 行数据，超过一次最多导入 ${MAX_LEDGER_ROWS} 行的限制，请分成几个文件导入`,
    );
  }
  const columnAt = new Map<number, LedgerColumnKey>();
  for (const column of LEDGER_COLUMNS) {
    const index = match.indexOf[column.key];
    if (index !== undefined) {
      columnAt.set(index, column.key);
    }
  }
  return data.map((r) => {
    const cells: Partial<Record<LedgerColumnKey, string>> = {};
    for (const [index, key] of columnAt) {
      cells[key] = (r.cells[index] ?? '').trim();
    }
    const problems = r.problems.flatMap((p) => {
      const column = columnAt.get(p.index);
      return column === undefined ? [] : [{ column, message: `单元格${p.message}` }];
    });
    return { line: r.line, cells, problems };
  });
}
