/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况): one data row of 15 cells in three groups of five,
 * each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 */
import { OUTCOME_COLUMNS, REVIEW_GROUPS } from '../layout.ts';
import type { Outcome, ReviewLitigation } from '../model.ts';
import { finding, type Finding } from '../findings.ts';
import { findCompact } from './anchors.ts';
import { lineOf } from './normalize.ts';
import { rowReadings, type Reading } from './readings.ts';
import { equalOrUnknown, solveTable, sumOrNull } from './solve.ts';
import { rowFindings, type Region } from './table-findings.ts';
import { segmentWidth } from './table-rows.ts';
import {
  cellCountOfLine,
  leadingEmptyCells,
  tokenizeValues,
  type BlankToken,
  type ValueToken,
} from './tokens.ts';

const K = 15;
const HEADER_END = /结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉|行政诉讼|行政复议/;

function isGroupOk(cells: Reading, group: number): boolean {
  const g = cells.slice(group * 5, group * 5 + 5);
  return g.length < 5 || equalOrUnknown(g[4] ?? null, sumOrNull(g.slice(0, 4)));
}

/** Each complete group of five balances. */
export function isReviewRowBalanced(cells: Reading): boolean {
  return [0, 1, 2].every((g) => isGroupOk(cells, g));
}

/** Values after the header: the first run, up to prose. */
function dataTokens(text: string, start: number, end: number, blanks: readonly BlankToken[]): ValueToken[] {
  const tokens = tokenizeValues(text, start, end, blanks);
  const out: ValueToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, t.start).replace(new RegExp(HEADER_END, 'g'), '') : '';
    if (prev && (between.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 6) {
      break;
    }
    out.push(t);
  }
  return out;
}

function toOutcome(cells: Reading, group: number): Outcome {
  const g = cells.slice(group * 5, group * 5 + 5);
  return Object.fromEntries(OUTCOME_COLUMNS.map((c, i) => [c.key, g[i] ?? null])) as Outcome;
}

/** The line at `offset` holds words (a header line): its empty cells are header padding, not data. */
function isOnWordLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  return /[\u4e00-\u9fff]/.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
}

/**
 * The data row has no label, so empty cells at the start of its line are data cells (blank), not
 * indentation: they are added when the line then holds exactly the 15 cells.
 */
function withLeadingEmptyCells(text: string, tokens: ValueToken[]): ValueToken[] {
  const first = tokens[0];
  if (!first || tokens.length >= K) {
    return tokens;
  }
  const lead = leadingEmptyCells(text, first.start).filter((b) => b.start < first.start);
  const line = text.lastIndexOf('\n', first.start - 1);
  const onLine = tokens.filter((t) => text.lastIndexOf('\n', t.start - 1) === line).length;
  return lead.length > 0 && lead.length + onLine === K && cellCountOfLine(text, first.start) === K
    ? [...lead, ...tokens]
    : tokens;
}

function isOnOneCutLine(text: string, tokens: readonly ValueToken[]): boolean {
  const first = tokens[0];
  if (!first || tokens.length >= K) {
    return false;
  }
  const lineStart = text.lastIndexOf('\n', first.start - 1);
  if (!tokens.every((t) => text.lastIndexOf('\n', t.start - 1) === lineStart)) {
    return false;
  }
  const width = cellCountOfLine(text, first.start);
  return width >= 5 && width < K && segmentWidth(text, first.start) === width;
}

export type ReviewParse = {
  reviewLitigation: ReviewLitigation | null;
  findings: Finding[];
  isFound: boolean;
  start: number;
  end: number;
};

/**
 * The row prints its blank cells one mark each (「/」, a single 「—」): none vanished. 「——」 may be
 * one blank or two run together, so it does not count.
 */
function printsEachBlank(tokens: readonly ValueToken[]): boolean {
  const marks = tokens.filter((t) => t.kind === 'null');
  return marks.length > 0 && marks.every((t) => t.text.length === 1);
}

/** Parses table 四 within the part's region. */
export function parseReviewTable(text: string, region: Region, blanks: readonly BlankToken[]): ReviewParse {
  // The table's header prints its words side by side; prose before the table says them with
  // figures between (「其中结果维持1件、结果纠正1件…」, as drafted reports do), so the side-by-side
  // header is looked for first and a lone header word only when there is none.
  const header =
    findCompact(text, region.start, region.end, '行政复议行政诉讼|结果维持结果纠正') ??
    findCompact(text, region.start, region.end, '行政复议行政诉讼|结果维持|结果纠正|尚未审结');
  if (!header) {
    return { reviewLitigation: null, findings: [], isFound: false, start: region.end, end: region.end };
  }
  // The data row starts after the last header word: empty cells before its first value are data.
  const firstValue = lastHeaderWordEnd(text, header.start, region.end);
  const lastWord = text.slice(header.start, firstValue).search(/[\u4e00-\u9fff][^\u4e00-\u9fff]*$/);
  const headerEnd = lastWord >= 0 ? header.start + lastWord + 1 : firstValue;
  const tokens = withLeadingEmptyCells(
    text,
    dataTokens(text, headerEnd, region.end, blanks).filter(
      (t) => t.kind !== 'blank' || !isOnWordLine(text, t.start),
    ),
  );
  const read = rowReadings(tokens, K, {
    isConsistent: isReviewRowBalanced,
    isPrefixOk: (cells) => [0, 1, 2].every((g) => cells.length < (g + 1) * 5 || isGroupOk(cells, g)),
    isCutAtRight: isOnOneCutLine(text, tokens),
  });
  const solved = solveTable([read.readings], (rows) => rows.every(isReviewRowBalanced), K);
  // Cut digit runs are kept only for groups whose balance can be evaluated (no blank in the group),
  // and, when a blank cell may have vanished with the separators, only when the whole row is read
  // and balanced: a vanished blank shifts every cut after it, and one balanced group proves little
  // (decision 014).
  if (read.how === 'split' && read.mayHideBlanks !== false) {
    const row = solved.rows[0]!;
    const isRowSure = solved.hasSolution && row.every((c) => c !== null);
    const isCountSure = printsEachBlank(tokens);
    solved.rows[0] = row.map((cell, i) => {
      const g = row.slice(Math.floor(i / 5) * 5, Math.floor(i / 5) * 5 + 5);
      return solved.hasSolution && g.every((c) => c !== null) && (isCountSure || isRowSure) ? cell : null;
    });
  }
  const cells = solved.rows[0]!;
  const slot = {
    id: 'reviewLitigation',
    tokens,
    anchor: { id: 'reviewLitigation', start: header.start, end: headerEnd },
    isCutAtRight: false,
    isUnplaced: false,
    ownLine: null,
  };
  const findings = rowFindings({
    table: 'reviewLitigation',
    slots: [slot],
    perRow: [read],
    solved,
    labelOf: () => '行政复议、行政诉讼',
    text,
    isTransposed: false,
  });
  if (tokens.length === 0) {
    findings.push(
      finding(
        'PARSE_TABLE_EMPTY',
        'warning',
        `表四：找到表头（第 ${lineOf(text, header.start)} 行）但没有读到数值`,
        { part: 'reviewLitigation' },
      ),
    );
  }
  const reviewLitigation = Object.fromEntries(
    REVIEW_GROUPS.map((g, i) => [g.key, toOutcome(cells, i)]),
  ) as ReviewLitigation;
  const last = tokens[tokens.length - 1];
  return { reviewLitigation, findings, isFound: true, start: header.start, end: last ? last.end : headerEnd };
}

/** End of the header block: the header holds no digits, so the data starts at the first value. */
function lastHeaderWordEnd(text: string, start: number, end: number): number {
  const firstValue = tokenizeValues(text, start, end, []).find((t) => t.kind !== 'blank');
  return firstValue ? firstValue.start : end;
}
