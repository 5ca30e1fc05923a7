/**
 * Space-aligned text (pdftotext -layout and the like) keeps each value under its column. A row
 * with blank cells prints fewer values than columns; where the complete rows of the same table
 * show consistently where each column is, every value of the short row is placed under its column
 * and the columns with no value are blank (null). Positions are measured two ways — characters
 * (pdftotext pads on a grid of characters) and display width (CJK counted double, as editors and
 * some converters align) — and the way in which the complete rows line up is used.
 */
import type { Reading } from './readings.ts';
import type { RowSlot } from './table-rows.ts';
import type { ValueToken } from './tokens.ts';

/** How positions are measured: characters or display width, at a value's start, centre or end. */
type Measure = { unit: 'chars' | 'width'; align: 'start' | 'centre' | 'end' };

const MEASURES: readonly Measure[] = (['chars', 'width'] as const).flatMap((unit) =>
  (['centre', 'end', 'start'] as const).map((align) => ({ unit, align })),
);

/** Complete rows needed to trust the columns. */
const MIN_REFERENCE_ROWS = 3;
/** How far (in columns of text) a value may sit from its column's position. */
const TOLERANCE = 1.5;

function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x3000 && code <= 0x303f) ||
    code === 0x201c ||
    code === 0x201d
  );
}

/**
 * The text as the source printed it, for measuring: normalization folds 「（」 (two columns wide)
 * to 「(」 (one), which would move every value after it.
 */
export type SourceText = { readonly source: string; readonly toSource: readonly number[] };

type Measurer = (t: ValueToken, measure: Measure) => number;

function measurer(text: string, source: SourceText | undefined): Measurer {
  const raw = source?.source ?? text;
  const at = (offset: number) => source?.toSource[offset] ?? offset;
  return (t, measure) => {
    const start = at(t.start);
    const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
    let x = start - lineStart;
    if (measure.unit === 'width') {
      for (let i = lineStart; i < start; i += 1) {
        x += isWide(raw.charCodeAt(i)) ? 1 : 0;
      }
    }
    const length = t.end - t.start - 1;
    return measure.align === 'start' ? x : measure.align === 'end' ? x + length : x + length / 2;
  };
}

/** The values of a row when they all sit on one plain (unseparated) line; else null. */
function plainLineValues(text: string, slot: RowSlot): ValueToken[] | null {
  const values = slot.tokens.filter((t) => t.kind !== 'blank');
  const first = values[0];
  if (!first || slot.isUnplaced || values.some((t) => t.kind !== 'number')) {
    return null;
  }
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const lineEnd = text.indexOf('\n', first.start);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const isOneLine = values.every((t) => text.lastIndexOf('\n', t.start - 1) + 1 === lineStart);
  return isOneLine && !/[|\t]/.test(line) ? values : null;
}

type Columns = { measure: Measure; at: number[] };

/**
 * Column positions from the complete rows, in the measure in which most of them line up (a row
 * laid out apart, e.g. the last one of a page, is left out); null when they do not line up.
 */
function columnPositions(
  position: Measurer,
  rows: ReadonlyArray<readonly ValueToken[]>,
  k: number,
  measures: readonly Measure[],
): Columns | null {
  let best: (Columns & { fits: number }) | null = null;
  for (const measure of measures) {
    const xs = rows.map((r) => r.map((t) => position(t, measure)));
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const at = Array.from({ length: k }, (_, c) => median(xs.map((x) => x[c]!)));
    const fits = xs.filter((x) => x.every((v, c) => Math.abs(v - at[c]!) <= TOLERANCE)).length;
    const isOrdered = at.every((x, c) => c === 0 || x - at[c - 1]! > 2 * TOLERANCE);
    const isEnough = fits >= MIN_REFERENCE_ROWS && fits >= 0.6 * rows.length;
    if (isOrdered && isEnough && (!best || fits > best.fits)) {
      best = { measure, at, fits };
    }
  }
  return best ? { measure: best.measure, at: best.at } : null;
}

/** Places each value under the column it sits under; null when one fits no column or two share one. */
function place(position: Measurer, values: readonly ValueToken[], columns: Columns): Reading | null {
  const cells: Reading = columns.at.map(() => null);
  let last = -1;
  for (const t of values) {
    const x = position(t, columns.measure);
    const c = columns.at.findIndex((a) => Math.abs(a - x) <= TOLERANCE);
    if (c <= last || t.kind !== 'number') {
      return null;
    }
    cells[c] = t.value;
    last = c;
  }
  return cells;
}

/**
 * Readings by position for the rows that print fewer values than columns on one space-aligned line.
 * @param source the text before normalization, to measure widths as printed
 * @returns row index → the row's cells (blank columns null)
 */
export function positionedRows(
  text: string,
  slots: readonly RowSlot[],
  k: number,
  source?: SourceText,
): Map<number, Reading> {
  const lines = slots.map((slot) => plainLineValues(text, slot));
  const complete = lines.filter((v): v is ValueToken[] => v !== null && v.length === k);
  const out = new Map<number, Reading>();
  if (complete.length < MIN_REFERENCE_ROWS || !lines.some((v) => v !== null && v.length < k)) {
    return out;
  }
  const position = measurer(text, source);
  // Without the source, display widths after normalization are unreliable: characters only.
  const measures = source ? MEASURES : MEASURES.filter((m) => m.unit === 'chars');
  const columns = columnPositions(position, complete, k, measures);
  if (!columns) {
    return out;
  }
  lines.forEach((values, i) => {
    if (values && values.length < k) {
      const cells = place(position, values, columns);
      if (cells) {
        out.set(i, cells);
      }
    }
  });
  return out;
}
