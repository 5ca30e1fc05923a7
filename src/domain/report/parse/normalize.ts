/**
 * Text normalization before parsing: one canonical form for the many ways a report reaches the web.
 * NFKC folds full-width digits and punctuation （）：，／ to ASCII; we also drop zero-width characters,
 * turn NBSP/ideographic spaces into spaces and remove page furniture that lands inside tables.
 */

const ZERO_WIDTH_CHAR = /^[\u200b-\u200f\u2060\ufeff\u00ad]$/;

/** Lines that are only a page number or footer: 「- 3 -」「— 3 —」「第 3 页 共 12 页」「3/12」「Page 3」. */
const FOOTER_LINE =
  /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?)\s*$/;
/** The same furniture inside a line (whole page on one line). Only forms that cannot be a table cell. */
const FOOTER_INLINE = /(?:—\s*\d{1,3}\s*—|第\s*\d{1,3}\s*页\s*(?:[,，/、]?\s*共\s*\d{1,3}\s*页)?)/g;

/** Normalized text with a map back to the source (the raw text with line ends unified). */
export type NormalizedText = {
  /** NFKC text the parser reads; one line per source line. */
  readonly text: string;
  /** The source text (CRLF → LF), from which prose is cut "as found". */
  readonly source: string;
  /** For each index of `text` (and one past its end), the index in `source`. */
  readonly toSource: readonly number[];
};

const MARKDOWN_HEADING = /^[ \t]*#{1,6}[ \t]+/;

/** Characters NFKC never changes: ASCII (except controls we keep) and CJK unified ideographs. */
function isStable(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) || code === 0x0a || code === 0x09 || (code >= 0x4e00 && code <= 0x9fff)
  );
}

type Output = { parts: string[]; map: number[] };

function normalizeLine(source: string, lineStart: number, lineEnd: number, out: Output): void {
  const first = source.charCodeAt(lineStart);
  if (
    lineEnd > lineStart &&
    mayBeFooterLine(source, lineStart, lineEnd) &&
    FOOTER_LINE.test(source.slice(lineStart, lineEnd).normalize('NFKC'))
  ) {
    return;
  }
  const heading =
    first === 0x23 || first <= 0x20 ? MARKDOWN_HEADING.exec(source.slice(lineStart, lineEnd)) : null;
  const { parts, map } = out;
  let i = lineStart + (heading ? heading[0].length : 0);
  // Runs of characters NFKC keeps as they are (most of a report) are copied in one piece.
  let runStart = i;
  while (i < lineEnd) {
    const code = source.charCodeAt(i);
    if (isStable(code) && !(code === 0x2a && source.charCodeAt(i + 1) === 0x2a)) {
      map.push(i);
      i += 1;
      continue;
    }
    if (i > runStart) {
      parts.push(source.slice(runStart, i));
    }
    if (code === 0x2a) {
      i += 2; // Markdown emphasis **…**
      runStart = i;
      continue;
    }
    const full = source.codePointAt(i)!;
    const width = full > 0xffff ? 2 : 1;
    const ch = source.slice(i, i + width);
    const folded = ZERO_WIDTH_CHAR.test(ch) ? '' : ch.normalize('NFKC').replace(/\u00a0/g, ' ');
    for (const piece of folded) {
      parts.push(piece);
      for (let k = 0; k < piece.length; k += 1) {
        map.push(i);
      }
    }
    i += width;
    runStart = i;
  }
  if (lineEnd > runStart) {
    parts.push(source.slice(runStart, lineEnd));
  }
}

/** The characters NFKC keeps that FOOTER_LINE can match (digits, whitespace, 「-,/」, Page … of, 第页共). */
const FOOTER_STABLE_CHARS = new Set('0123456789 \t\n\v\f\r-,/Pageof第页共');

/**
 * Whether a line can be footer furniture: it holds no character that NFKC keeps as it is and that
 * FOOTER_LINE cannot match. Exact (only characters NFKC leaves alone are ruled out), and saves the
 * NFKC of almost every line.
 */
function mayBeFooterLine(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const code = source.charCodeAt(i);
    if (isStable(code) && code !== 0x0a && !FOOTER_STABLE_CHARS.has(source[i]!)) {
      return false;
    }
  }
  return true;
}

/**
 * Normalizes report text: NFKC (full-width digits and punctuation to ASCII), no zero-width
 * characters, NBSP as space, page-number lines emptied, Markdown heading marks and ** dropped.
 * Keeps one output line per source line so line numbers in findings still point at the source.
 * @example normalizeText('（一）予以公开\u3000４０').text // '(一)予以公开 40'
 */
export function normalizeText(raw: string): NormalizedText {
  const source = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const out: Output = { parts: [], map: [] };
  let lineStart = 0;
  while (lineStart <= source.length) {
    const nl = source.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? source.length : nl;
    normalizeLine(source, lineStart, lineEnd, out);
    if (nl === -1) {
      break;
    }
    out.parts.push('\n');
    out.map.push(nl);
    lineStart = nl + 1;
  }
  return removeInlineFooters(out.parts.join(''), out.map, source);
}

function removeInlineFooters(text: string, map: number[], source: string): NormalizedText {
  FOOTER_INLINE.lastIndex = 0;
  if (!FOOTER_INLINE.test(text)) {
    map.push(source.length);
    return { text, source, toSource: map };
  }
  let out = '';
  const toSource: number[] = [];
  let cursor = 0;
  for (const m of text.matchAll(FOOTER_INLINE)) {
    out += text.slice(cursor, m.index) + ' ';
    toSource.push(...map.slice(cursor, m.index), map[m.index]!);
    cursor = m.index + m[0].length;
  }
  out += text.slice(cursor);
  toSource.push(...map.slice(cursor), source.length);
  return { text: out, source, toSource };
}

/** The compact form of a text: whitespace, pipes and tabs removed, with a map back to the text. */
export type CompactText = {
  readonly text: string;
  readonly offsets: readonly number[];
  readonly sourceLength: number;
};

const SKIPPED = /[\s|]/;

/**
 * The last compact form built (text, range, result). The table readers each build the compact
 * form of their region several times (format markers, header, labels); a range inside the last
 * one is cut from it instead (the compact form of a range is a slice of any range around it).
 * A memo of a pure function: same result, whichever text came before.
 */
let lastCompact: { text: string; start: number; end: number; compact: CompactText } | null = null;

/**
 * Builds the compact form used to find labels regardless of stray spaces and cell separators.
 * @example compact('结果 纠正 |').text // '结果纠正'
 */
export function compact(text: string, start = 0, end = text.length): CompactText {
  const last = lastCompact;
  if (last !== null && last.start <= start && end <= last.end && last.text === text) {
    return sliceCompact(last.compact, start, end);
  }
  const built = buildCompact(text, start, end);
  lastCompact = { text, start, end, compact: built };
  return built;
}

function sliceCompact(c: CompactText, start: number, end: number): CompactText {
  const from = lowerBound(c.offsets, start);
  const to = lowerBound(c.offsets, end);
  if (from === 0 && to === c.offsets.length && end === c.sourceLength) {
    return c;
  }
  return { text: c.text.slice(from, to), offsets: c.offsets.slice(from, to), sourceLength: end };
}

/** First index whose value is ≥ `value` in an ascending array. */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

function buildCompact(text: string, start: number, end: number): CompactText {
  let out = '';
  const offsets: number[] = [];
  let runStart = start;
  for (let i = start; i < end; i += 1) {
    if (isSkipped(text.charCodeAt(i))) {
      if (i > runStart) {
        out += text.slice(runStart, i);
      }
      runStart = i + 1;
    } else {
      offsets.push(i);
    }
  }
  if (end > runStart) {
    out += text.slice(runStart, end);
  }
  return { text: out, offsets, sourceLength: end };
}

/** `[\s|]` by character code (the regex per character dominated compact()). */
function isSkipped(code: number): boolean {
  if (code === 0x7c || code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
    return true;
  }
  if (code < 0xa0) {
    return false;
  }
  return SKIPPED.test(String.fromCharCode(code));
}

/** Maps a compact index to the text offset (end of text for an index past the end). */
export function toSourceOffset(c: CompactText, index: number): number {
  return index < c.offsets.length ? c.offsets[index]! : c.sourceLength;
}

/** 1-based line number of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  const limit = Math.min(offset, text.length);
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < limit; nl = text.indexOf('\n', nl + 1)) {
    line += 1;
  }
  return line;
}
