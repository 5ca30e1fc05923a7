/**
 * The public index's folded text and its bigram query (decision 041, after 033). A row stores its
 * units once, as one string (`folded`: each field's units joined, fields joined by a newline, which
 * is never a unit). PostgreSQL indexes `search_bigrams(folded)` — the set of its code-point bigrams,
 * plus the last code point of each field alone (migration 20261209110000) — and a query is the AND
 * of its own code-point bigrams (one code point: a prefix term) to find candidates, then
 * `strpos(folded, text)` to check the phrase: exact substring semantics by construction.
 */
import { quoteLexeme } from './lexemes.ts';

/** Separates the fields of a record row in `folded` (never a unit: whitespace is dropped). */
export const FIELD_SEPARATOR = '\n';

/** The folded text of fields (units each; an empty field keeps its place). */
export function foldedText(fields: readonly (readonly string[])[]): string {
  return fields.map((units) => units.join('')).join(FIELD_SEPARATOR);
}

/** The distinct code-point bigrams of a folded text, in order of first occurrence (no separators). */
export function codePointBigrams(text: string): string[] {
  const points = [...text];
  const seen = new Set<string>();
  for (let i = 0; i + 1 < points.length; i += 1) {
    if (points[i] !== FIELD_SEPARATOR && points[i + 1] !== FIELD_SEPARATOR) {
      seen.add(points[i]! + points[i + 1]!);
    }
  }
  return [...seen];
}

/**
 * The tsquery literal that finds the candidate rows of a folded query text: the AND of its bigrams,
 * or a prefix term for one code point. Every row whose folded text holds `text` matches it.
 * @example gramsTsquery('信息公') === "'信息' & '息公'"
 * @example gramsTsquery('号') === "'号':*"
 */
export function gramsTsquery(text: string): string {
  const points = [...text];
  if (points.length === 1) {
    return `${quoteLexeme(points[0]!)}:*`;
  }
  return codePointBigrams(text).map(quoteLexeme).join(' & ');
}
