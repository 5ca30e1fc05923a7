/**
 * Value tokens of a table region: numbers, explicit null markers ("/", "—", "无") and explicit
 * blank cells. Labels and other text are not tokens; the parser anchors rows on labels and reads
 * the tokens between them.
 */

export type NumberToken = {
  kind: 'number';
  value: number;
  text: string;
  start: number;
  end: number;
  /** A run of digits glued to text (no separator): it may hold several cells whose separators were lost. */
  isSplittable: boolean;
};
export type NullToken = { kind: 'null'; text: string; start: number; end: number };
export type BlankToken = { kind: 'blank'; start: number; end: number };
export type ValueToken = NumberToken | NullToken | BlankToken;

const NUMBER = /(?<![\d.])-?\d+(?:,\d{3})*(?:\.\d+)?(?![\d])/g;
const NULL_MARKER = /(?<=^|[\s|])(?:\/|／|—{1,2}|-{1,2}|–|－|无|空)(?=$|[\s|])/g;
const DIGIT = /\d/;
const GLUE = /[\u4e00-\u9fffA-Za-z()（）"“”、/／—–]/;

function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  // A digit just outside the span: the run was cut at a row boundary (「…属于国家秘密00000002.其他…」,
  // the next row's ordinal touching this row's last cell), so it is glued too.
  return GLUE.test(before) || GLUE.test(after) || DIGIT.test(before) || DIGIT.test(after);
}

/** A run of null markers glued to the cells around it (cells run together: 「5/12」「规章//3」). */
const GLUED_MARKERS = /[/／]+|—{1,2}|–/g;
const CELL_EDGE = /[\d\u4e00-\u9fff()（）]/;

/**
 * Null markers with no separator around them, next to a digit or a label: each 「/」 of a run is
 * one blank cell, 「—」 or 「——」 one. A single 「/」 between two words (「本年增/减」) is text.
 */
function gluedNullMarkers(text: string, start: number, slice: string): NullToken[] {
  const out: NullToken[] = [];
  for (const m of slice.matchAll(GLUED_MARKERS)) {
    const s = start + m.index;
    const before = text[s - 1] ?? ' ';
    const after = text[s + m[0].length] ?? ' ';
    const isWordSlash = m[0].length === 1 && !/\d/.test(before) && !/\d/.test(after);
    // A space on one side is a cell edge too when the other side is a digit (「制作 /000000」).
    const isSpaced = (ch: string, other: string) => /[\s|]/.test(ch) && /\d/.test(other);
    const isEdgeBefore = CELL_EDGE.test(before) || isSpaced(before, after);
    const isEdgeAfter = CELL_EDGE.test(after) || isSpaced(after, before);
    if (!isEdgeBefore || !isEdgeAfter || isWordSlash) {
      continue;
    }
    const cells = m[0].startsWith('—') || m[0] === '–' ? [m[0]] : [...m[0]];
    cells.forEach((cell, i) =>
      out.push({ kind: 'null', text: cell, start: s + i, end: s + i + cell.length }),
    );
  }
  return out;
}

const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Every character NULL_MARKER and GLUED_MARKERS can start with: without one, there are no markers. */
const MARKER_CHAR = /[/／—\-–－无空]/;

/** Numbers and null markers in text[start, end), in order. */
function scanValues(text: string, start: number, end: number): ValueToken[] {
  const slice = text.slice(start, end);
  const out: ValueToken[] = [];
  for (const m of slice.matchAll(NUMBER)) {
    const s = start + m.index;
    const raw = m[0];
    // A leading '-' is a sign only after a separator; otherwise it is punctuation. A '-' glued
    // between two digits (「12-35」: cells run together, 12 | -3 | 5) is the sign of what follows.
    const hasMinus = raw.charCodeAt(0) === 0x2d;
    const isGluedSign = !hasMinus && text.charCodeAt(s - 1) === 0x2d && isDigitCode(text.charCodeAt(s - 2));
    const isSigned = (hasMinus && (s === 0 || /[\s|]/.test(text[s - 1]!))) || isGluedSign;
    const signed = isGluedSign ? `-${raw}` : isSigned || !hasMinus ? raw : raw.slice(1);
    const clean = signed.includes(',') ? signed.replace(/,/g, '') : signed;
    const s2 = isGluedSign ? s - 1 : isSigned || !hasMinus ? s : s + 1;
    const isInteger = !clean.includes('.');
    out.push({
      kind: 'number',
      value: Number(clean),
      text: clean,
      start: s2,
      end: s + raw.length,
      isSplittable: isInteger && clean.replace('-', '').length > 1 && isGlued(text, s2, s + raw.length),
    });
  }
  if (!MARKER_CHAR.test(slice)) {
    return out; // numbers only, already in order
  }
  for (const m of slice.matchAll(NULL_MARKER)) {
    out.push({ kind: 'null', text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  out.push(...gluedNullMarkers(text, start, slice));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Explicit blank cells in table lines: empty cells between separators. Leading empty cells are
 * indentation (row-span label columns) and all-empty lines are layout padding, so neither counts —
 * except a line starting with 「|」 among pipe rows that do not (its first cell is empty data).
 * Trailing empty cells count (a blank last cell; extra ones are dropped as padding per row), and
 * a line holding only 「 |」 or a tab is one empty cell (one cell per line, seeds 002/004).
 */
export function findBlankCells(text: string, start: number, end: number): BlankToken[] {
  const lines: Array<{
    start: number;
    end: number;
    isPipeRow: boolean;
    isLeadingPipe: boolean;
    hasSeparator: boolean;
  }> = [];
  let lineStart = start;
  while (lineStart < end) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    const line = text.slice(lineStart, lineEnd);
    const hasPipe = line.includes('|');
    const isPipeRow = hasPipe && !/^[\s|]*$/.test(line);
    lines.push({
      start: lineStart,
      end: lineEnd,
      isPipeRow,
      isLeadingPipe: isPipeRow && /^\s*\|/.test(line),
      hasSeparator: hasPipe || line.includes('\t'),
    });
    lineStart = lineEnd + 1;
  }
  const blanks: BlankToken[] = [];
  lines.forEach((line, i) => {
    if (!line.hasSeparator) {
      return; // no cells: blankCellsOfLine finds none
    }
    blanks.push(
      ...blankCellsOfLine(text, line.start, line.end, line.isLeadingPipe && !isBorderedTable(lines, i)),
    );
  });
  return blanks;
}

/**
 * Whether the pipe rows around line `i` start with a border pipe (markdown `| a | b |`). In rows
 * that do not (`a | b |`, seed 000), a line starting with 「|」 has an empty first cell.
 */
function isBorderedTable(
  lines: ReadonlyArray<{ isPipeRow: boolean; isLeadingPipe: boolean }>,
  i: number,
): boolean {
  let bordered = 0;
  let open = 0;
  for (let j = Math.max(0, i - 8); j <= Math.min(lines.length - 1, i + 8); j += 1) {
    const line = lines[j]!;
    if (j !== i && line.isPipeRow) {
      bordered += line.isLeadingPipe ? 1 : 0;
      open += line.isLeadingPipe ? 0 : 1;
    }
  }
  return bordered >= open;
}

/** A line holding one empty cell in one-cell-per-line text: 「 |」 (seed 002 style) or a lone tab (seed 004). */
const LONE_EMPTY_CELL = /^(?:\s*\||\t[ ]*)$/;

/**
 * @param isFirstCellData the line starts with a separator that is not a table border: its first
 *   (empty) cell is a data cell, not indentation
 */
function blankCellsOfLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  isFirstCellData: boolean,
): BlankToken[] {
  const line = text.slice(lineStart, lineEnd);
  if (LONE_EMPTY_CELL.test(line)) {
    return [{ kind: 'blank', start: lineStart, end: lineStart }];
  }
  const separator = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (!separator) {
    return [];
  }
  let body = line;
  let offset = lineStart;
  if (separator === '|') {
    const lead = isFirstCellData ? null : /^\s*\|/.exec(body);
    if (lead) {
      body = body.slice(lead[0].length);
      offset += lead[0].length;
    }
    body = body.replace(/\|\s*$/, '');
  }
  // The blank cells from the first filled one on (from the first cell when it is data); none on a
  // line without a filled cell.
  const out: BlankToken[] = [];
  let sawFilled = false;
  for (let cellStart = 0; ;) {
    const sep = body.indexOf(separator, cellStart);
    const cellEnd = sep === -1 ? body.length : sep;
    if (!isBlankRange(body, cellStart, cellEnd)) {
      sawFilled = true;
    } else if (sawFilled || isFirstCellData) {
      out.push({ kind: 'blank', start: offset + cellStart, end: offset + cellStart });
    }
    if (sep === -1) {
      break;
    }
    cellStart = sep + 1;
  }
  return sawFilled ? out : [];
}

/** Whether text[start, end) is only whitespace (what `trim() === ''` says, without the copy). */
function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      continue;
    }
    if (code < 0x80 || !/\s/.test(text[i]!)) {
      return false;
    }
  }
  return true;
}

/**
 * All value tokens in text[start, end): numbers, null markers and the given blank cells in range.
 * @param blanks blank cells in text order (findBlankCells)
 * @example tokenizeValues('| 61 | 0 |  | 3 |', 0, 17, findBlankCells(...)) // 61, 0, blank, 3
 */
export function tokenizeValues(
  text: string,
  start: number,
  end: number,
  blanks: readonly BlankToken[],
): ValueToken[] {
  const values = scanValues(text, start, end);
  const inRange = blanksIn(blanks, start, end);
  return inRange.length === 0 ? values : [...values, ...inRange].sort((a, b) => a.start - b.start);
}

/**
 * The blanks starting in [start, end), found by bisection (tokenizeValues runs once per row):
 * `blanks` must be in text order, as findBlankCells gives them.
 */
function blanksIn(blanks: readonly BlankToken[], start: number, end: number): BlankToken[] {
  let lo = 0;
  let hi = blanks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (blanks[mid]!.start < start) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const out: BlankToken[] = [];
  for (let i = lo; i < blanks.length && blanks[i]!.start < end; i += 1) {
    out.push(blanks[i]!);
  }
  return out;
}

/** Number of cells on the line containing `offset` (pipe or tab separated), or 0 for a plain line. */
export function cellCountOfLine(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(lineStart, nl === -1 ? text.length : nl);
  if (line.includes('\t') && !line.includes('|')) {
    return line.replace(/\t+$/, '').split('\t').length;
  }
  if (line.includes('|')) {
    return line
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split('|').length;
  }
  return 0;
}

/** Number of cells on the line containing `offset` after the cell that contains it (trailing padding ignored). */
export function cellCountAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const rest = text.slice(offset, nl === -1 ? text.length : nl);
  if (rest.includes('\t') && !rest.includes('|')) {
    return rest.replace(/\t+$/, '').split('\t').length - 1;
  }
  if (rest.includes('|')) {
    return rest.replace(/\|\s*$/, '').split('|').length - 1;
  }
  return 0;
}

/**
 * Empty cells before the first filled cell of the separator line containing `offset` (after a
 * border pipe), as blank tokens. In a row without a label they are data cells, not indentation.
 */
export function leadingEmptyCells(text: string, offset: number): BlankToken[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(lineStart, nl === -1 ? text.length : nl);
  const separator = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (!separator) {
    return [];
  }
  const lead = separator === '|' ? (/^\s*\|/.exec(line)?.[0].length ?? 0) : 0;
  const out: BlankToken[] = [];
  let pos = lineStart + lead;
  for (const part of line.slice(lead).split(separator)) {
    if (part.trim() !== '') {
      break;
    }
    out.push({ kind: 'blank', start: pos, end: pos });
    pos += part.length + 1;
  }
  return out;
}
