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
const GLUE = /[\u4e00-\u9fffA-Za-z)）"“”、]/;

function isGlued(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return GLUE.test(before) || GLUE.test(after);
}

/** Numbers and null markers in text[start, end), in order. */
function scanValues(text: string, start: number, end: number): ValueToken[] {
  const slice = text.slice(start, end);
  const out: ValueToken[] = [];
  for (const m of slice.matchAll(NUMBER)) {
    const s = start + m.index;
    const raw = m[0];
    // A leading '-' is a sign only after a separator; otherwise it is punctuation. A '-' glued
    // between two digits (「12-35」: cells run together, 12 | -3 | 5) is the sign of what follows.
    const isGluedSign = !raw.startsWith('-') && text[s - 1] === '-' && /\d/.test(text[s - 2] ?? '');
    const isSigned = (raw.startsWith('-') && /[\s|]/.test(text[s - 1] ?? ' ')) || isGluedSign;
    const clean = (isGluedSign ? `-${raw}` : isSigned ? raw : raw.replace(/^-/, '')).replace(/,/g, '');
    const s2 = isGluedSign ? s - 1 : isSigned || !raw.startsWith('-') ? s : s + 1;
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
  for (const m of slice.matchAll(NULL_MARKER)) {
    out.push({ kind: 'null', text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Explicit blank cells in table lines: empty cells between separators. Leading empty cells are
 * indentation (row-span label columns) and all-empty lines are layout padding, so neither counts.
 * In pipe rows a trailing empty cell before the closing pipe is a real (blank) cell.
 */
export function findBlankCells(text: string, start: number, end: number): BlankToken[] {
  const blanks: BlankToken[] = [];
  let lineStart = start;
  while (lineStart < end) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 || nl > end ? end : nl;
    blanks.push(...blankCellsOfLine(text, lineStart, lineEnd));
    lineStart = lineEnd + 1;
  }
  return blanks;
}

/** A line holding one empty cell in one-cell-per-line text: 「 |」 (seed 002 style) or a lone tab (seed 004). */
const LONE_EMPTY_CELL = /^(?:\s*\||\t[ ]*)$/;

function blankCellsOfLine(text: string, lineStart: number, lineEnd: number): BlankToken[] {
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
    const lead = /^\s*\|/.exec(body);
    if (lead) {
      body = body.slice(lead[0].length);
      offset += lead[0].length;
    }
    body = body.replace(/\|\s*$/, '');
  }
  const cells: Array<{ start: number; isBlank: boolean }> = [];
  let cellStart = 0;
  for (const part of body.split(separator)) {
    cells.push({ start: offset + cellStart, isBlank: part.trim() === '' });
    cellStart += part.length + 1;
  }
  const firstFilled = cells.findIndex((c) => !c.isBlank);
  if (firstFilled === -1) {
    return [];
  }
  return cells
    .slice(firstFilled)
    .filter((c) => c.isBlank)
    .map((c) => ({ kind: 'blank' as const, start: c.start, end: c.start }));
}

/**
 * All value tokens in text[start, end): numbers, null markers and the given blank cells in range.
 * @example tokenizeValues('| 61 | 0 |  | 3 |', 0, 17, findBlankCells(...)) // 61, 0, blank, 3
 */
export function tokenizeValues(text: string, start: number, end: number, blanks: readonly BlankToken[]): ValueToken[] {
  const values = scanValues(text, start, end);
  const inRange = blanks.filter((b) => b.start >= start && b.start < end);
  return [...values, ...inRange].sort((a, b) => a.start - b.start);
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
    return line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').length;
  }
  return 0;
}
