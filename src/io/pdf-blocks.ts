/**
 * First stage of PDF line rebuilding: PDF text items → blocks. A block is text that the producer
 * drew in one go — a run on one baseline, or the lines of a wrapped table cell. Word and
 * LibreOffice draw a table cell by cell, so following the content-stream order keeps
 * 「（二）部分公开（区分处 / 理的，只计这一情形，不 / 计其他情形）」 together as one cell.
 */

/** One run of text on a page, in PDF user space (y grows upwards), in content-stream order. */
export type PositionedText = {
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font height; used for the tolerances. */
  fontSize: number;
  /** The PDF font resource, when known: a wrapped line keeps its font. */
  fontName?: string;
};

/** One visual line inside a block. */
export type BlockLine = { text: string; x0: number; x1: number; y: number };

/** Text drawn together: one or more lines, top to bottom. */
export type TextBlock = {
  lines: BlockLine[];
  x0: number;
  x1: number;
  /** Baseline of the first line. */
  top: number;
  /** Baseline of the last line. */
  bottom: number;
  fontSize: number;
  /** Font of the last item drawn in the block. */
  lastFontName: string | undefined;
  /** Position of the block in content-stream order (0, 1, 2 …). */
  order: number;
};

/** Baselines closer than this share of the font height are one line. */
export const BASELINE_TOLERANCE = 0.4;
/**
 * A gap wider than this share of the font height separates cells. Cell padding can be as small as
 * 0.1 cm a side (≈ 0.55 em at 10.5 pt); a Latin word space is ≈ 0.25 em.
 */
export const CELL_GAP = 0.5;
/** A gap wider than this between two Latin letters or digits is a word space. */
const WORD_GAP = 0.15;
/** A wrapped line sits at most this many font heights below the previous one. */
const MAX_LINE_STEP = 1.8;
const MIN_LINE_STEP = 0.5;
/** Horizontal slack when deciding that a line stays inside a block. */
const EDGE_SLACK = 0.5;
const KINSOKU_SLACK = 1.5;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Row labels of the official tables start like this; such a line is a new row, not a wrap. */
const ENUMERATOR = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])/;
/** Numbers never wrap; two numbers above each other are two rows. */
const NUMBER_ONLY = /^[-+−—–]?[\d.,，%／/]+$/;

/**
 * Groups items into blocks, following the content-stream order.
 * @param items the page's text items in content-stream order
 * @example buildBlocks([{ text: 'ab', x: 0, y: 100, width: 10, fontSize: 10 },
 *   { text: 'cd', x: 0, y: 88, width: 10, fontSize: 10 }])[0]?.lines.length // 2
 */
export function buildBlocks(items: readonly PositionedText[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const fragments = buildFragments(items);
  const rightMargin = fragments.reduce((edge, fragment) => Math.max(edge, fragment.x1), -Infinity);
  for (const [index, fragment] of fragments.entries()) {
    const last = blocks.at(-1);
    const isWrap =
      last !== undefined &&
      continuesBlock(last, fragment, rightMargin) &&
      !startsTableRow(fragment, fragments[index + 1]) &&
      !crossesColumns(last, fragment, fragments);
    if (last !== undefined && isWrap) {
      last.lines.push(fragment);
      last.x0 = Math.min(last.x0, fragment.x0);
      last.x1 = Math.max(last.x1, fragment.x1);
      last.bottom = fragment.y;
      last.lastFontName = fragment.lastFontName;
    } else {
      blocks.push({
        lines: [fragment],
        x0: fragment.x0,
        x1: fragment.x1,
        top: fragment.y,
        bottom: fragment.y,
        fontSize: fragment.fontSize,
        lastFontName: fragment.lastFontName,
        order: blocks.length,
      });
    }
  }
  return blocks;
}

type Fragment = BlockLine & {
  fontSize: number;
  firstFontName: string | undefined;
  lastFontName: string | undefined;
};

/** Stream-consecutive items on one baseline with small gaps → one fragment. */
function buildFragments(items: readonly PositionedText[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (const raw of items) {
    const text = raw.text.trim();
    if (text === '' || !Number.isFinite(raw.x) || !Number.isFinite(raw.y)) {
      continue;
    }
    const fontSize = Math.max(raw.fontSize, 1);
    const last = fragments.at(-1);
    if (
      last !== undefined &&
      Math.abs(last.y - raw.y) <= BASELINE_TOLERANCE * Math.max(last.fontSize, fontSize)
    ) {
      const gap = raw.x - last.x1;
      const size = Math.min(last.fontSize, fontSize);
      if (gap >= -EDGE_SLACK * size && gap <= CELL_GAP * size) {
        last.text = joinText(last.text, text, gap, size);
        last.x1 = Math.max(last.x1, raw.x + raw.width);
        last.lastFontName = raw.fontName;
        continue;
      }
    }
    fragments.push({
      text,
      x0: raw.x,
      x1: raw.x + raw.width,
      y: raw.y,
      fontSize,
      firstFontName: raw.fontName,
      lastFontName: raw.fontName,
    });
  }
  return fragments;
}

/** True when the fragment is the next line of a wrapped cell or paragraph in the block. */
function continuesBlock(block: TextBlock, fragment: Fragment, rightMargin: number): boolean {
  const size = Math.min(block.fontSize, fragment.fontSize);
  const step = block.bottom - fragment.y;
  if (
    Math.abs(block.fontSize - fragment.fontSize) > 0.2 * size ||
    step < MIN_LINE_STEP * size ||
    step > MAX_LINE_STEP * size
  ) {
    return false;
  }
  // Wrapped text flows on in the font it ended with; a heading above a table does not.
  if (
    block.lastFontName !== undefined &&
    fragment.firstFontName !== undefined &&
    block.lastFontName !== fragment.firstFontName
  ) {
    return false;
  }
  const previous = block.lines.at(-1)?.text ?? '';
  if (ENUMERATOR.test(fragment.text) || NUMBER_ONLY.test(fragment.text) || NUMBER_ONLY.test(previous)) {
    return false;
  }
  const slack = EDGE_SLACK * size;
  // The right edge may move out a little: line-breaking rules push a character down with the
  // punctuation after it (补 | 正、行政机关…), and narrow Latin digits make a line shorter.
  const isInside = fragment.x0 >= block.x0 - slack && fragment.x1 <= block.x1 + KINSOKU_SLACK * size;
  // A paragraph whose first line is indented: the left edge moves out by the indent, and both
  // lines reach the right margin — so a heading over a table is never taken for one.
  const isAfterIndent =
    block.lines.length === 1 &&
    fragment.x0 < block.x0 &&
    block.x0 - fragment.x0 <= 2.5 * size &&
    block.x1 >= rightMargin - 1.5 * size &&
    fragment.x1 >= rightMargin - 1.5 * size;
  return isInside || isAfterIndent;
}

/**
 * True when the next fragment drawn sits on the same baseline to the right: the fragment is the
 * first cell of a table row (below a heading that happens to be as wide), not a wrapped line.
 */
function startsTableRow(fragment: Fragment, next: Fragment | undefined): boolean {
  return (
    next !== undefined &&
    next.x0 > fragment.x1 &&
    Math.abs(next.y - fragment.y) <= BASELINE_TOLERANCE * Math.max(next.fontSize, fragment.fontSize)
  );
}

/**
 * True when another cell on the fragment's baseline starts under the block's first line: the block
 * is a header spanning several columns (申请人情况 over 自然人 | 商业企业 …), not a wrapped cell,
 * whose neighbours always start right of the whole cell.
 */
function crossesColumns(block: TextBlock, fragment: Fragment, fragments: readonly Fragment[]): boolean {
  const tolerance = BASELINE_TOLERANCE * fragment.fontSize;
  return fragments.some(
    (other) =>
      other !== fragment &&
      Math.abs(other.y - fragment.y) <= tolerance &&
      other.x0 >= fragment.x1 &&
      other.x0 < block.x1,
  );
}

/**
 * Joins two pieces of text that touch or nearly touch: a space between Latin letters or digits
 * that are visibly apart, nothing next to CJK characters.
 */
export function joinText(left: string, right: string, gap: number, size: number): string {
  const last = left.at(-1) ?? '';
  const first = right.at(0) ?? '';
  const needsSpace = gap > WORD_GAP * size && !CJK.test(last) && !CJK.test(first);
  return needsSpace ? `${left} ${right}` : `${left}${right}`;
}

/** The text of a block on one line: its wrapped lines joined. */
export function blockText(block: TextBlock): string {
  let text = '';
  for (const line of block.lines) {
    text = text === '' ? line.text : joinText(text, line.text, block.fontSize, block.fontSize);
  }
  return text;
}
