/**
 * Sheet rows (cells by position) → rows keyed by column, for every import that reads a sheet. The
 * header is the first row, among the first ten that are not blank, that has every required
 * column: files often carry a title row (「博山区教育局2024年依申请公开台账」) above it. Blank
 * rows are skipped; a cell's problem (a rounded long number, an error value) stays with its column.
 */
import {
  matchSheetHeader,
  type KeyedRow,
  type SheetColumn,
  type SheetHeaderMatch,
} from '../../domain/imports/header-match.ts';
import type { SheetRow } from './read-sheet-file.ts';
import { SheetFileError } from './sheet-file-error.ts';

export type { KeyedRow } from '../../domain/imports/header-match.ts';

const HEADER_SEARCH_ROWS = 10;

function findHeader<K extends string>(
  columns: readonly SheetColumn<K>[],
  rows: readonly SheetRow[],
): SheetHeaderMatch<K> & { at: number } {
  let best: (SheetHeaderMatch<K> & { at: number; found: number }) | null = null;
  for (let at = 0; at < Math.min(rows.length, HEADER_SEARCH_ROWS); at += 1) {
    const match = matchSheetHeader(columns, rows[at]!.cells);
    if (match.problems.length === 0) {
      return { ...match, at };
    }
    const found = Object.keys(match.indexOf).length;
    if (best === null || found > best.found) {
      best = { ...match, at, found };
    }
  }
  return best!;
}

/**
 * @param noun the word for the data in messages (「台账」)
 * @throws SheetFileError when there is no usable header, no data, or more than `maxRows` rows
 */
export function toKeyedRows<K extends string>(
  columns: readonly SheetColumn<K>[],
  sheetRows: readonly SheetRow[],
  limits: { maxRows: number; noun: string },
): KeyedRow<K>[] {
  const nonEmpty = sheetRows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) {
    throw new SheetFileError('文件中没有内容');
  }
  const { at, indexOf, problems } = findHeader(columns, nonEmpty);
  if (problems.length > 0) {
    throw new SheetFileError(problems.join('；'));
  }
  const data = nonEmpty.slice(at + 1);
  if (data.length === 0) {
    throw new SheetFileError(`文件只有表头，没有${limits.noun}数据`);
  }
  if (data.length > limits.maxRows) {
    throw new SheetFileError(
      `文件有 ${data.length} 行数据，超过一次最多导入 ${limits.maxRows} 行的限制，请分成几个文件导入`,
    );
  }
  const columnAt = new Map<number, K>();
  for (const column of columns) {
    const index = indexOf[column.key];
    if (index !== undefined) {
      columnAt.set(index, column.key);
    }
  }
  return data.map((r) => {
    const cells: Partial<Record<K, string>> = {};
    for (const [index, key] of columnAt) {
      cells[key] = (r.cells[index] ?? '').trim();
    }
    const cellProblems = r.problems.flatMap((p) => {
      const column = columnAt.get(p.index);
      return column === undefined ? [] : [{ column, message: `单元格${p.message}` }];
    });
    return { line: r.line, cells, problems: cellProblems };
  });
}
