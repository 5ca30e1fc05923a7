/**
 * Table 二 (主动公开政府信息情况) in the 2021 or the 2019 format. No identities hold inside it, so a
 * run of digits with lost separators that splits more than one way leaves its cells null.
 */
import { PROACTIVE_ROWS_2019, PROACTIVE_ROWS_2021, type ProactiveRowSpec } from '../layout.ts';
import type { Proactive2019, Proactive2021 } from '../model.ts';
import { finding, type Finding } from '../findings.ts';
import { findAnchors, findCompact } from './anchors.ts';
import { rowReadings, type Cell } from './readings.ts';
import { proactiveAnchors } from './row-keys.ts';
import { columnMajorRuns, orderAlternatives } from './column-major.ts';
import { solveAlternatives } from './solve.ts';
import { rowFindings, type Region } from './table-findings.ts';
import { scanRows, type RowSlot } from './table-rows.ts';
import type { BlankToken } from './tokens.ts';

export type ProactiveFormat = '2021' | '2019';

export type ProactiveParse = {
  format: ProactiveFormat | null;
  proactive2021: Proactive2021 | null;
  proactive2019: Proactive2019 | null;
  findings: Finding[];
  start: number;
  end: number;
  /** Index of the last row whose label was found (-1 if none), and the row count. */
  lastFoundRow: number;
  rowCount: number;
};

const MARKERS_2019 = '本年新制作|本年新公开|对外公开总数量|上一年项目数量|政府集中采购|其他对外管理服务';
const MARKERS_2021 = '本年制发|本年废止|现行有效件数|本年收费金额|本年处理决定';

/** Which format table 二 is printed in, from its column headings. */
export function detectProactiveFormat(text: string, region: Region): ProactiveFormat | null {
  if (findCompact(text, region.start, region.end, MARKERS_2019)) {
    return '2019';
  }
  return findCompact(text, region.start, region.end, MARKERS_2021) ? '2021' : null;
}

/**
 * The cell as written for 采购总金额 (units kept), e.g. 「251000元」. When the row's digits ran
 * together and were cut, the cell is the cut piece (the read value) and the unit after the run.
 */
function amountText(
  text: string,
  slot: RowSlot,
  index: number,
  columns: number,
  value: number,
): string | null {
  const values = slot.tokens.filter((t) => t.kind !== 'blank');
  const isCut = values.length !== columns;
  const t = isCut ? values[values.length - 1] : values[index];
  if (!t || t.kind !== 'number' || (isCut && index !== columns - 1)) {
    return null;
  }
  const unit = /^\s*(万元|亿元|元|万)/.exec(text.slice(t.end, t.end + 4));
  return (isCut ? String(value) : text.slice(t.start, t.end)) + (unit ? unit[1]! : '');
}

function cellValue(spec: ProactiveRowSpec, column: number, cell: Cell, problems: string[]): Cell {
  const kind = spec.columns[column]?.kind ?? 'count';
  if (cell === null) {
    return null;
  }
  if (kind === 'count' && (!Number.isInteger(cell) || cell < 0)) {
    problems.push(`「${spec.label}」「${spec.columns[column]!.label}」的值 ${cell} 不是非负整数`);
    return null;
  }
  if (kind === 'amount' && cell < 0) {
    problems.push(`「${spec.label}」「${spec.columns[column]!.label}」的值 ${cell} 为负数`);
    return null;
  }
  return cell;
}

/** Parses table 二 within the part's region. */
export function parseProactiveTable(
  text: string,
  region: Region,
  blanks: readonly BlankToken[],
  fallback: ProactiveFormat,
): ProactiveParse {
  const format = detectProactiveFormat(text, region) ?? fallback;
  const specs = format === '2019' ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021;
  const header = findCompact(text, region.start, region.end, '第二十条|信息内容');
  const anchors = findAnchors(text, header?.start ?? region.start, region.end, proactiveAnchors(specs));
  if (!header || anchors.every((a) => a === null)) {
    return {
      format: null,
      proactive2021: null,
      proactive2019: null,
      findings: [],
      start: region.end,
      end: region.end,
      lastFoundRow: -1,
      rowCount: specs.length,
    };
  }
  const scan = scanRows(
    text,
    header.start,
    region.end,
    anchors,
    specs.map((s) => s.key),
    specs.map((s) => s.columns.length),
    blanks,
  );
  const kOf = (i: number) => specs[i]!.columns.length;
  const perRow = scan.slots.map((slot, i) =>
    rowReadings(slot.tokens, kOf(i), {
      isCutAtRight: slot.isCutAtRight,
      ownLine: slot.ownLine,
      isUnverifiable: true,
    }),
  );
  const runs = columnMajorRuns(text, scan.slots, kOf);
  const alternatives = orderAlternatives(perRow, runs);
  const solved = solveAlternatives(
    alternatives.map((rows) => rows.map((r) => r.readings)),
    () => true,
    3,
  );
  const findings = rowFindings({
    table: 'proactive',
    slots: scan.slots,
    perRow: alternatives[0]!,
    solved,
    labelOf: (i) => specs[i]!.label,
    text,
    isTransposed: runs.length > 0,
  });
  const problems: string[] = [];
  const data = Object.fromEntries(
    specs.map((spec, i) => {
      const row = solved.rows[i] ?? [];
      const cells: Record<string, Cell | string> = Object.fromEntries(
        spec.columns.map((c, j) => [c.key, cellValue(spec, j, row[j] ?? null, problems)]),
      );
      if (spec.key === 'procurement') {
        const amount = row[1];
        cells.amountText =
          amount === null || amount === undefined
            ? null
            : amountText(text, scan.slots[i]!, 1, spec.columns.length, amount);
      }
      return [spec.key, cells];
    }),
  );
  problems.forEach((p) =>
    findings.push(finding('PARSE_CELL_INVALID', 'warning', `表二：${p}，记为空`, { part: 'proactive' })),
  );
  const common = {
    findings,
    start: header.start,
    end: scan.end,
    lastFoundRow: anchors.reduce((l, a, i) => (a ? i : l), -1),
    rowCount: specs.length,
  };
  return format === '2019'
    ? { format, proactive2021: null, proactive2019: data as Proactive2019, ...common }
    : { format, proactive2021: data as Proactive2021, proactive2019: null, ...common };
}
