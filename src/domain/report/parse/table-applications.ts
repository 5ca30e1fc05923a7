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
import { rowReadings, type Reading, type RowReadings } from './readings.ts';
import { applicationAnchors } from './row-keys.ts';
import { columnMajorRuns, orderAlternatives } from './column-major.ts';
import { equalOrUnknown, solveAlternatives, sumOrNull } from './solve.ts';
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

/** The column identities of table 三 over rows in spec order. */
function columnCheck(specs: readonly ApplicationRowSpec[]) {
  const index = (id: string) => specs.findIndex((s) => s.id === id);
  const leaves = specs.map((s, i) => (s.isLeaf ? i : -1)).filter((i) => i >= 0);
  const [nr, co, tot, cf] = ['newlyReceived', 'carriedOver', 'total', 'carriedForward'].map(index) as [number, number, number, number];
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

/** The last cells of a row, 总计 first: the others read so far cannot add up to more than 总计. */
function isTailBalanced(fromRight: Reading): boolean {
  const total = fromRight[0];
  if (total === null || total === undefined) {
    return true;
  }
  let sum = 0;
  for (let i = 1; i < fromRight.length; i += 1) {
    sum += fromRight[i] ?? 0;
  }
  return fromRight.length === K ? isRowBalanced([...fromRight].reverse()) : sum <= total;
}

function readSlot(slot: RowSlot): RowReadings {
  return rowReadings(slot.tokens, K, { isConsistent: isRowBalanced, isSuffixOk: isTailBalanced, isCutAtRight: slot.isCutAtRight });
}

/**
 * Parses table 三 within a region of normalized text.
 * @param region the part's text range (after the part 三 heading, before part 四)
 */
export function parseApplicationsTable(text: string, region: Region, blanks: readonly BlankToken[]): ApplicationsParse {
  const isSplit = findCompact(text, region.start, region.end, '不补正|逾期未按收费|缴纳费用') !== null;
  const specs = isSplit ? APPLICATION_ROWS_SPLIT : APPLICATION_ROWS_SINGLE;
  const header = findCompact(text, region.start, region.end, '\\(?本列数据|勾稽关系|申请人情况|自然人');
  const tableStart = header?.start ?? region.start;
  const anchors = findAnchors(text, tableStart, region.end, applicationAnchors(isSplit));
  const foundCount = anchors.filter((a) => a !== null).length;
  const isTable = (header !== null || anchors[0] !== null) && foundCount >= 3;
  const lastFoundRow = isTable ? anchors.reduce((last, a, i) => (a ? i : last), -1) : -1;
  const empty = { applications: null, isSplit, findings: [], lastFoundRow, rowCount: specs.length, start: tableStart, end: region.start };
  if (lastFoundRow < 0) {
    return empty;
  }
  const scan = scanRows(text, tableStart, region.end, anchors, specs.map((s) => s.id), K, blanks);
  const check = columnCheck(specs);
  const runs = columnMajorRuns(text, scan.slots, () => K);
  const alternatives = orderAlternatives(scan.slots.map(readSlot), runs);
  const solved = solveAlternatives(alternatives.map((perRow) => perRow.map((r) => r.readings)), check, K);
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
  return { applications: buildApplications(rows, isSplit), isSplit, findings, lastFoundRow, rowCount: specs.length, start: tableStart, end: scan.end };
}
