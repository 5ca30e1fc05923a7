/**
 * From label anchors to the value tokens of each row: the span after a row's label up to the next
 * label holds its cells. Rows whose labels were lost (OCR) share the span of the row before them
 * and are separated by count or by line.
 */
import type { Anchor } from './anchors.ts';
import {
  cellCountAfter,
  cellCountOfLine,
  tokenizeValues,
  type BlankToken,
  type ValueToken,
} from './tokens.ts';

export type RowSlot = {
  id: string;
  tokens: ValueToken[];
  anchor: Anchor | null;
  /** The row's line is as wide as the widest line around it: cells beyond were cut off. */
  isCutAtRight: boolean;
  /** The row's label was not found and its values could not be told apart from its neighbours'. */
  isUnplaced: boolean;
  /** The tokens on the line where the row's label ends (null when the label was not found). */
  ownLine: ValueToken[] | null;
};

export type TableScan = { slots: RowSlot[]; end: number };

/** Header words that may sit between values (column headers in column-by-column text). */
const VOCABULARY =
  /自然人|法人或其他组织|商业企业|商业机构|科研机构|社会公益组织|法律服务机构|其他|总计|申请人情况|结果维持|结果纠正|其他结果|尚未审结|行政复议|行政诉讼|未经复议直接起诉|复议后起诉|信息内容|本年[^\s|]{0,8}数量|件数|第二十条第\s*[(（]?[一二三四五六七八九十]+[)）]?\s*项|上一年项目数量|处理决定数量|对外公开总数量|本年增\s*[/／]\s*减|采购项目数量|采购总金额|本年收费金额|单位/g;

function isBreak(text: string): boolean {
  const cjk = text.replace(VOCABULARY, '').match(/[\u4e00-\u9fff]/g);
  return (cjk?.length ?? 0) >= 6;
}

/** Tokens of the last row stop at the first stretch of prose after them. */
function firstRun(text: string, tokens: readonly ValueToken[]): ValueToken[] {
  const out: ValueToken[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && isBreak(text.slice(prev.end, t.start))) {
      break;
    }
    out.push(t);
  }
  return out;
}

function lineIndexOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1);
}

/**
 * Widest pipe/tab line in the paragraph (run of non-empty lines) around `offset`, not counting the
 * line at `offset` itself (a row is only known to be cut when other lines are cut as wide).
 */
export function segmentWidth(text: string, offset: number): number {
  const own = text.lastIndexOf('\n', offset - 1) + 1;
  let max = 0;
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  for (let steps = 0; steps < 40 && start > 0; steps += 1) {
    const prevStart = text.lastIndexOf('\n', start - 2) + 1;
    if (text.slice(prevStart, start - 1).trim() === '') {
      break;
    }
    start = prevStart;
  }
  for (let pos = start, steps = 0; pos < text.length && steps < 80; steps += 1) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl === -1 ? text.length : nl);
    if (line.trim() === '' && pos > offset) {
      break;
    }
    if (pos !== own) {
      max = Math.max(max, cellCountOfLine(text, pos));
    }
    if (nl === -1) {
      break;
    }
    pos = nl + 1;
  }
  return max;
}

function isCutAtRight(text: string, anchor: Anchor, tokens: readonly ValueToken[], k: number): boolean {
  const values = tokens.filter((t) => t.kind !== 'blank');
  if (values.length === 0 || values.length >= k) {
    return false;
  }
  const line = lineIndexOf(text, anchor.start);
  if (!values.every((t) => lineIndexOf(text, t.start) === line)) {
    return false;
  }
  // Cut only if the line has no room for the missing cells and the lines around it end as early.
  const width = cellCountOfLine(text, anchor.start);
  return width >= 4 && cellCountAfter(text, anchor.end - 1) < k && segmentWidth(text, anchor.start) === width;
}

/**
 * Blank cells after an empty line that follows the row's last value open the next row (one cell
 * per line with a blank line between rows, seed 004: the next row starts with the empty cells of
 * the labels spanning down into it).
 */
function withoutNextRowBlanks(text: string, tokens: ValueToken[]): ValueToken[] {
  let lastValue = tokens.length - 1;
  while (lastValue >= 0 && tokens[lastValue]!.kind === 'blank') {
    lastValue -= 1;
  }
  const last = tokens[lastValue];
  const next = tokens[lastValue + 1];
  if (!last || !next || !/\n[ \t]*\n/.test(text.slice(last.end, next.start))) {
    return tokens;
  }
  return tokens.slice(0, lastValue + 1);
}

/** Splits the tokens of a span shared by `count` rows: by count, else by line. */
function shareSpan(
  text: string,
  tokens: readonly ValueToken[],
  count: number,
  k: number,
): ValueToken[][] | null {
  const values = tokens.filter((t) => t.kind !== 'blank');
  if (values.length === count * k) {
    return Array.from({ length: count }, (_, i) => values.slice(i * k, (i + 1) * k));
  }
  const byLine = new Map<number, ValueToken[]>();
  for (const t of tokens) {
    const key = lineIndexOf(text, t.start);
    byLine.set(key, [...(byLine.get(key) ?? []), t]);
  }
  const lines = [...byLine.values()].filter((l) => l.some((t) => t.kind !== 'blank'));
  return lines.length === count ? lines : null;
}

/**
 * Assigns value tokens to rows.
 * @param anchors one per row spec (null where the label was not found)
 * @param ids the row ids, same order
 * @param width cells per row (one number, or one per row)
 */
export function scanRows(
  text: string,
  tableStart: number,
  regionEnd: number,
  anchors: ReadonlyArray<Anchor | null>,
  ids: readonly string[],
  width: number | readonly number[],
  blanks: readonly BlankToken[],
): TableScan {
  const kOf = (row: number): number => (typeof width === 'number' ? width : (width[row] ?? 1));
  const slots: RowSlot[] = ids.map((id, i) => ({
    id,
    tokens: [],
    anchor: anchors[i] ?? null,
    isCutAtRight: false,
    isUnplaced: false,
    ownLine: null,
  }));
  const found = anchors.map((a, i) => (a ? i : -1)).filter((i) => i >= 0);
  let end = tableStart;
  const groups: Array<{ rows: number[]; start: number; stop: number }> = [];
  if (found.length > 0 && found[0]! > 0) {
    groups.push({
      rows: Array.from({ length: found[0]! }, (_, i) => i),
      start: tableStart,
      stop: anchors[found[0]!]!.start,
    });
  }
  found.forEach((rowIndex, j) => {
    const next = found[j + 1];
    const rows = Array.from({ length: (next ?? ids.length) - rowIndex }, (_, i) => rowIndex + i);
    const stop = next === undefined ? regionEnd : anchors[next]!.start;
    groups.push({ rows, start: anchors[rowIndex]!.end, stop });
  });
  groups.forEach((group, gi) => {
    let tokens = tokenizeValues(text, group.start, group.stop, blanks);
    if (gi === groups.length - 1) {
      tokens = firstRun(text, tokens);
    }
    const last = tokens[tokens.length - 1];
    end = Math.max(end, last ? last.end : group.start);
    if (group.rows.length === 1) {
      const slot = slots[group.rows[0]!]!;
      slot.tokens = withoutNextRowBlanks(text, tokens);
      slot.isCutAtRight =
        slot.anchor !== null && isCutAtRight(text, slot.anchor, tokens, kOf(group.rows[0]!));
      if (slot.anchor) {
        const line = lineIndexOf(text, slot.anchor.end - 1);
        slot.ownLine = tokens.filter((t) => lineIndexOf(text, t.start) === line);
      }
      return;
    }
    const shared = shareSpan(text, tokens, group.rows.length, kOf(group.rows[0]!));
    group.rows.forEach((rowIndex, i) => {
      const slot = slots[rowIndex]!;
      if (shared) {
        slot.tokens = shared[i]!;
      } else {
        slot.isUnplaced = true;
      }
    });
  });
  return { slots, end };
}
