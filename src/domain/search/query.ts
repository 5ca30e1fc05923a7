/**
 * A reader's query → units and the tsquery literal, or a Chinese message saying what to change.
 * The literal is built from quoted lexemes (lexemes.ts), so `& | ! : * ( ) '` and `\` typed by a
 * reader are searched as text and never reach the tsquery parser as syntax.
 */
import { gramsTsquery } from './grams.ts';
import { buildTsquery } from './lexemes.ts';
import { searchUnits } from './normalize.ts';

/** Longest query in units; chunks overlap by one less, so any such phrase lies inside one chunk. */
export const MAX_QUERY_UNITS = 100;
/** Raw input longer than this is refused before normalising (a pasted page is not a query). */
export const MAX_QUERY_CHARS = 1000;

/**
 * `text`: the units joined (what the public index finds with strpos); `tsquery`: the phrase of unit
 * bigrams (the staff indexes, decision 036); `grams`: the AND of the text's bigrams (the public
 * index, decision 041).
 */
export type SearchQuery = { text: string; units: string[]; tsquery: string; grams: string };

export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; message: string };

/**
 * Reads a query.
 * @example parseQuery('〔2024〕5号') → ok, units ( 2 0 2 4 ) 5 号
 * @example parseQuery('   ') → { ok: false, message: '请输入检索词' }
 */
export function parseQuery(raw: string): ParsedQuery {
  if (raw.length > MAX_QUERY_CHARS) {
    return { ok: false, message: `检索词过长（${raw.length}个字符），请缩短到${MAX_QUERY_UNITS}个字以内` };
  }
  const units = searchUnits(raw);
  if (units.length === 0) {
    return { ok: false, message: '请输入检索词' };
  }
  if (units.length > MAX_QUERY_UNITS) {
    return { ok: false, message: `检索词过长（${units.length}个字），请缩短到${MAX_QUERY_UNITS}个字以内` };
  }
  const text = units.join('');
  return { ok: true, query: { text, units, tsquery: buildTsquery(units), grams: gramsTsquery(text) } };
}
