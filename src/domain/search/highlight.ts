/**
 * Snippets with the query's matches marked, found by the same units the index uses (so a match
 * across a line break or in 〔〕 for [] is marked too). Returns text pieces; the page escapes them.
 */
import { foldedChars } from './normalize.ts';

export type Piece = { text: string; hit: boolean };

/** Start and end (exclusive) character indexes of each non-overlapping match. */
function matches(chars: readonly { unit: string }[], query: readonly string[]): [number, number][] {
  const units: { unit: string; at: number }[] = [];
  chars.forEach((c, at) => c.unit !== '' && units.push({ unit: c.unit, at }));
  const found: [number, number][] = [];
  for (let i = 0; i + query.length <= units.length && query.length > 0; i += 1) {
    if (query.every((q, k) => units[i + k]!.unit === q)) {
      found.push([units[i]!.at, units[i + query.length - 1]!.at + 1]);
      i += query.length - 1;
    }
  }
  return found;
}

/**
 * The text around the first match (`radius` characters each side) as pieces.
 * @example snippet('根据〔2024〕5号文件', ['(', '2', '0'], 20) → 根据 | 〔20 (hit) | 24〕5号文件
 */
export function snippet(text: string, query: readonly string[], radius = 60): Piece[] {
  const chars = foldedChars(text);
  const found = matches(chars, query);
  const first = found[0];
  const from = first === undefined ? 0 : Math.max(0, first[0] - radius);
  const to =
    first === undefined ? Math.min(chars.length, radius * 2) : Math.min(chars.length, first[1] + radius);
  const pieces: Piece[] = [];
  const push = (a: number, b: number, hit: boolean) => {
    if (b > a) {
      pieces.push({
        text: chars
          .slice(a, b)
          .map((c) => c.char)
          .join(''),
        hit,
      });
    }
  };
  let at = from;
  if (from > 0) {
    pieces.push({ text: '…', hit: false });
  }
  for (const [a, b] of found) {
    if (a < from || b > to) {
      continue;
    }
    push(at, a, false);
    push(a, b, true);
    at = b;
  }
  push(at, to, false);
  if (to < chars.length) {
    pieces.push({ text: '…', hit: false });
  }
  return pieces;
}
