/**
 * Text normalization before parsing: one canonical form for the many ways a report reaches the web.
 * NFKC folds full-width digits and punctuation （）：，／ to ASCII; we also drop zero-width characters,
 * turn NBSP/ideographic spaces into spaces and remove page furniture that lands inside tables.
 */

const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** Lines that are only a page number or footer: 「- 3 -」「— 3 —」「第 3 页 共 12 页」「3/12」「Page 3」. */
const FOOTER_LINE =
  /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?)\s*$/;
/** The same furniture inside a line (whole page on one line). Only forms that cannot be a table cell. */
const FOOTER_INLINE = /(?:—\s*\d{1,3}\s*—|第\s*\d{1,3}\s*页\s*(?:[,，/、]?\s*共\s*\d{1,3}\s*页)?)/g;

/**
 * Normalizes report text. Keeps the line structure (one output line per input line) so that line
 * numbers in findings still point at the source.
 * @example normalizeText('（一）予以公开\u3000４０') // '(一)予以公开 40'
 */
export function normalizeText(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '').normalize('NFKC').replace(/\u00a0/g, ' ');
  return text
    .split('\n')
    .map((line) => (FOOTER_LINE.test(line) ? '' : line.replace(FOOTER_INLINE, ' ')))
    .join('\n');
}

/** The compact form of a text: whitespace, pipes and tabs removed, with a map back to the text. */
export type CompactText = { readonly text: string; readonly offsets: readonly number[]; readonly sourceLength: number };

const SKIPPED = /[\s|]/;

/**
 * Builds the compact form used to find labels regardless of stray spaces and cell separators.
 * @example compact('结果 纠正 |').text // '结果纠正'
 */
export function compact(text: string, start = 0, end = text.length): CompactText {
  let out = '';
  const offsets: number[] = [];
  for (let i = start; i < end; i += 1) {
    const ch = text[i]!;
    if (!SKIPPED.test(ch)) {
      out += ch;
      offsets.push(i);
    }
  }
  return { text: out, offsets, sourceLength: end };
}

/** Maps a compact index to the text offset (end of text for an index past the end). */
export function toSourceOffset(c: CompactText, index: number): number {
  return index < c.offsets.length ? c.offsets[index]! : c.sourceLength;
}

/** 1-based line number of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
    }
  }
  return line;
}
