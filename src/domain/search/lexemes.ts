/**
 * Units → lexemes with positions, and the tsvector / tsquery literals built from them in TypeScript
 * (cast with `::tsvector` / `::tsquery`, so no PostgreSQL parser or dictionary touches them and
 * PGlite and PostgreSQL read them the same). Every unit position carries one lexeme: the bigram of
 * it and the next unit, or the unit alone at the end of a field. A query of n ≥ 2 units is the
 * phrase of its n − 1 bigrams; one unit is a prefix term (every position starts with its unit), so
 * every substring a reader can see is found and nothing else is (decision 030).
 */

/** tsvector weights: title, 文号, 索引号 A; 内容概述 and 主题词 B; body and attachments C. */
export type Weight = 'A' | 'B' | 'C';

/** A field of a search document: its units get consecutive positions; fields are one position apart. */
export type Field = { units: readonly string[]; weight: Weight };

/** PostgreSQL keeps positions 1…16,383 and at most 256 positions per lexeme (chunking respects both). */
export const MAX_POSITION = 16383;
export const MAX_POSITIONS_PER_LEXEME = 256;

/** Quotes a lexeme for a tsvector or tsquery literal (quotes and backslashes doubled). */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The lexeme at each unit position of a field: bigram, or the last unit alone. */
export function fieldLexemes(units: readonly string[]): string[] {
  return units.map((unit, i) => (i + 1 < units.length ? unit + units[i + 1]! : unit));
}

/**
 * The tsvector literal of fields (positions from 1, one empty position between fields, so no phrase
 * runs from one field into the next).
 * @throws RangeError when a position would pass MAX_POSITION (callers chunk first)
 */
export function buildTsvector(fields: readonly Field[]): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  for (const field of fields) {
    if (field.units.length === 0) {
      continue;
    }
    for (const lexeme of fieldLexemes(field.units)) {
      if (position > MAX_POSITION) {
        throw new RangeError(`search document longer than ${MAX_POSITION} positions`);
      }
      const list = positions.get(lexeme) ?? [];
      list.push(`${position}${field.weight}`);
      positions.set(lexeme, list);
      position += 1;
    }
    position += 1;
  }
  return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ');
}

/**
 * The tsquery literal for query units.
 * @example buildTsquery(['信', '息', '公']) === "'信息' <-> '息公'"
 * @example buildTsquery(['号']) === "'号':*"
 */
export function buildTsquery(units: readonly string[]): string {
  if (units.length === 1) {
    return `${quoteLexeme(units[0]!)}:*`;
  }
  const bigrams = units.slice(0, -1).map((unit, i) => quoteLexeme(unit + units[i + 1]!));
  return bigrams.join(' <-> ');
}
