/**
 * Table 三 (收到和处理政府信息公开申请情况): labels → rows → readings → the form's arithmetic.
 */
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS_SINGLE,
  APPLICATION_ROWS_SPLIT,
  buildApplications,
  TOTAL_COLUMN,
  type ApplicationRowSpec,
} from '../layout.ts';
import type { Applications, ApplicantRow } from '../model.ts';
import type { Finding } from '../findings.ts';
import { findAnchors, findCompact } from './anchors.ts';
import { rowReadings, type Reading, type RowReadings, type SplitRest } from './readings.ts';
import { applicationAnchors } from './row-keys.ts';
import { columnMajorRuns, orderAlternatives } from './column-major.ts';
import { positionedRows, type SourceText } from './positions.ts';
import { equalOrUnknown, solveAlternatives, sumOrNull, type Solved } from './solve.ts';
import { scanRows, type RowSlot } from './table-rows.ts';
import type { BlankToken } from './tokens.ts';
import { rowFindings, type Region } from './table-findings.ts';

const K = APPLICANT_COLUMNS.length;

export type ApplicationsParse = {
  applications: Applications | null;
  isSplit: boolean;
  findings: Finding[];
  /** Index of the last row whose label was found (-1 if none). */
  lastFoundRow: number;
  rowCount: number;
  start: number;
  end: number;
};

/** 总计 = sum of the six applicant columns. */
export function isRowBalanced(cells: Reading): boolean {
  return equalOrUnknown(cells[TOTAL_COLUMN] ?? null, sumOrNull(cells.slice(0, TOTAL_COLUMN)));
}

/** The rows of each column identity: the result rows with （七）总计, and 一、二 with （七）总计、四. */
function identityRows(specs: readonly ApplicationRowSpec[]): {
  leaves: number[];
  nr: number;
  co: number;
  tot: number;
  cf: number;
} {
  const index = (id: string) => specs.findIndex((s) => s.id === id);
  const leaves = specs.map((s, i) => (s.isLeaf ? i : -1)).filter((i) => i >= 0);
  const [nr, co, tot, cf] = ['newlyReceived', 'carriedOver', 'total', 'carriedForward'].map(index) as [
    number,
    number,
    number,
    number,
  ];
  return { leaves, nr, co, tot, cf };
}

/** The column identities of table 三 over rows in spec order. */
function columnCheck(specs: readonly ApplicationRowSpec[]) {
  const { leaves, nr, co, tot, cf } = identityRows(specs);
  return (rows: readonly Reading[]): boolean => {
    for (let c = 0; c < K; c += 1) {
      const cell = (r: number) => rows[r]?.[c] ?? null;
      if (!equalOrUnknown(cell(tot), sumOrNull(leaves.map(cell)))) {
        return false;
      }
      const left = sumOrNull([cell(nr), cell(co)]);
      const right = sumOrNull([cell(tot), cell(cf)]);
      if (!equalOrUnknown(left, right)) {
        return false;
      }
    }
    return rows.every(isRowBalanced);
  };
}

/**
 * Cells of rows whose digit runs were cut (separators lost) are kept only where the arithmetic
 * confirms them: every column identity through the cell can be evaluated (no blank involved) in a
 * solution of the whole table. A blank cell vanishes with its
 * separator, and a wrong cut can fit wherever the identities cannot be evaluated.
 */
function keepVerifiedSplits(
  specs: readonly ApplicationRowSpec[],
  perRow: readonly RowReadings[],
  solved: Solved,
  showsBlanks: boolean,
): Reading[] {
  const { leaves, nr, co, tot, cf } = identityRows(specs);
  const groups = [
    [...leaves, tot],
    [nr, co, tot, cf],
  ];
  const rows = solved.rows;
  return rows.map((row, r) => {
    if (perRow[r]?.how === 'positioned') {
      // Placed by position: kept only if the table's arithmetic does not contradict the placement.
      return solved.hasSolution ? row : row.map(() => null);
    }
    if (perRow[r]?.how !== 'split' || perRow[r]?.mayHideBlanks === false) {
      return row;
    }
    // A table that prints its blanks lost none: a row complete and balanced in the solution is
    // verified by its own 总计 even where a printed blank leaves a column unchecked (decision 014).
    const isRowVerified = showsBlanks && row.every((cell) => cell !== null);
    const isSure = (c: number) =>
      isRowVerified || groups.every((g) => !g.includes(r) || g.every((i) => (rows[i]?.[c] ?? null) !== null));
    return row.map((cell, c) => (solved.hasSolution && isSure(c) ? cell : null));
  });
}

/**
 * A table that prints its blank cells (「/」「—」 run together with the digits) did not lose them
 * with the separators: its cut rows hide no blank (decision 014).
 */
function printsBlanks(slots: readonly RowSlot[]): boolean {
  return slots.some((slot) => slot.tokens.some((t) => t.kind === 'null'));
}

/**
 * The last cells of a row, 总计 first: what 总计 leaves for the cells still to cut must be a sum
 * those digits can make.
 */
function isTailBalanced(fromRight: Reading, rest: SplitRest): boolean {
  const total = fromRight[0];
  if (total === null || total === undefined) {
    return true;
  }
  if (fromRight.length === K) {
    return isRowBalanced([...fromRight].reverse());
  }
  let need = total;
  for (let i = 1; i < fromRight.length; i += 1) {
    const cell = fromRight[i];
    if (cell === null || cell === undefined) {
      return true;
    }
    need -= cell;
  }
  return need >= rest.minSum && need <= rest.maxSum;
}

function readSlot(slot: RowSlot): RowReadings {
  return rowReadings(slot.tokens, K, {
    isConsistent: isRowBalanced,
    isSuffixOk: isTailBalanced,
    isCutAtRight: slot.isCutAtRight,
    ownLine: slot.ownLine,
  });
}

/**
 * Parses table 三 within a region of normalized text.
 * @param region the part's text range (after the part 三 heading, before part 四)
 * @param source the text before normalization (measures column positions in space-aligned text)
 */
export function parseApplicationsTable(
  text: string,
  region: Region,
  blanks: readonly BlankToken[],
  source?: SourceText,
): ApplicationsParse {
  const isSplit = findCompact(text, region.start, region.end, '不补正|逾期未按收费|缴纳费用') !== null;
  const specs = isSplit ? APPLICATION_ROWS_SPLIT : APPLICATION_ROWS_SINGLE;
  const header = findCompact(text, region.start, region.end, '\\(?本列数据|勾稽关系|申请人情况|自然人');
  const tableStart = header?.start ?? region.start;
  const anchors = findAnchors(text, tableStart, region.end, applicationAnchors(isSplit));
  const foundCount = anchors.filter((a) => a !== null).length;
  const isTable = (header !== null || anchors[0] !== null) && foundCount >= 3;
  const lastFoundRow = isTable ? anchors.reduce((last, a, i) => (a ? i : last), -1) : -1;
  const empty = {
    applications: null,
    isSplit,
    findings: [],
    lastFoundRow,
    rowCount: specs.length,
    start: tableStart,
    end: region.start,
  };
  if (lastFoundRow < 0) {
    return empty;
  }
  const scan = scanRows(
    text,
    tableStart,
    region.end,
    anchors,
    specs.map((s) => s.id),
    K,
    blanks,
  );
  const check = columnCheck(specs);
  const runs = columnMajorRuns(text, scan.slots, () => K);
  const positioned = positionedRows(text, scan.slots, K, source);
  const perRow = scan.slots.map((slot, i): RowReadings => {
    const cells = positioned.get(i);
    return cells
      ? {
          readings: [cells],
          how: 'positioned',
          seen: slot.tokens.map((t) => (t.kind === 'blank' ? '□' : t.text)),
        }
      : readSlot(slot);
  });
  const alternatives = orderAlternatives(perRow, runs);
  const { leaves, tot } = identityRows(specs);
  const raw = solveAlternatives(
    alternatives.map((perRow) => perRow.map((r) => r.readings)),
    check,
    K,
    [{ whole: tot, parts: leaves }],
  );
  const solved = { ...raw, rows: keepVerifiedSplits(specs, alternatives[0]!, raw, printsBlanks(scan.slots)) };
  const findings = rowFindings({
    table: 'applications',
    slots: scan.slots,
    perRow: alternatives[0]!,
    solved,
    labelOf: (i) => specs[i]!.shortLabel,
    text,
    isTransposed: runs.length > 0,
  });
  const rows = new Map<string, ApplicantRow>(specs.map((s, i) => [s.id, solved.rows[i] as ApplicantRow]));
  return {
    applications: buildApplications(rows, isSplit),
    isSplit,
    findings,
    lastFoundRow,
    rowCount: specs.length,
    start: tableStart,
    end: scan.end,
  };
}
