/**
 * The clear-text part of an embedded Type 1 font program as pdf.js 5.6 reads it
 * (`getHeaderBlock`, `Type1Parser.extractFontHeader`), checked strictly for type1-program.ts:
 * `eexec` exactly at /Length1, one standard FontMatrix, one FontBBox, and StandardEncoding or a
 * well-formed list of `dup code /name put` entries.
 */
import { decline } from './objects.ts';
import { isGlyphName, numberArray, strictInt, type Type1Tokens } from './type1-tokens.ts';

const STANDARD_MATRIX = [0.001, 0, 0, 0.001, 0, 0];
/** Tokens of the usual `/Encoding 256 array 0 1 255 {1 index exch /.notdef put} for … readonly def`. */
const ENCODING_FILLER = new Set([
  '0',
  '1',
  '255',
  '{',
  '}',
  'index',
  'exch',
  '/',
  '.notdef',
  'put',
  'for',
  'readonly',
]);

/** pdf.js's `getHeaderBlock` test: `eexec` and white space end exactly at /Length1. */
export function eexecEndsAt(data: Uint8Array, length1: number): boolean {
  const word = [0x65, 0x65, 0x78, 0x65, 0x63];
  for (let at = length1 - 10; at < length1 - word.length; at += 1) {
    if (word.every((byte, k) => data[at + k] === byte)) {
      let end = at + word.length;
      while (end < length1 && [0x20, 0x09, 0x0d, 0x0a].includes(data[end]!)) {
        end += 1;
      }
      return end === length1;
    }
  }
  return false;
}

/** `extractFontHeader`: a standard FontMatrix, a FontBBox, StandardEncoding or a code list. */
export function readHeader(tokens: Type1Tokens): string[] {
  const seen = new Map<string, number>();
  let encoding: string[] = [];
  for (let token = tokens.getToken(); token !== null; token = tokens.getToken()) {
    if (token !== '/') {
      continue;
    }
    const key = tokens.getToken();
    if (key === 'FontMatrix' || key === 'FontBBox' || key === 'Encoding') {
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    if (key === 'FontMatrix') {
      const matrix = numberArray(tokens);
      if (matrix.length !== 6 || matrix.some((value, i) => value !== STANDARD_MATRIX[i])) {
        decline('Type 1 program without the standard FontMatrix');
      }
    } else if (key === 'FontBBox') {
      if (numberArray(tokens).length !== 4) {
        decline('Type 1 FontBBox');
      }
    } else if (key === 'Encoding') {
      encoding = readEncoding(tokens);
    }
  }
  if (seen.get('FontMatrix') !== 1 || seen.get('FontBBox') !== 1 || (seen.get('Encoding') ?? 0) > 1) {
    decline('Type 1 header without one FontMatrix and one FontBBox');
  }
  return encoding;
}

/** The `/Encoding` of the header, read as pdf.js reads it (glyph names of the coded entries). */
function readEncoding(tokens: Type1Tokens): string[] {
  const first = tokens.getToken();
  if (first === 'StandardEncoding') {
    return [];
  }
  const size = strictInt(first);
  if (size === null || size > 256 || tokens.getToken() !== 'array') {
    return decline('Type 1 encoding');
  }
  const names: string[] = [];
  const codes = new Set<number>();
  for (let entry = 0; entry < size; entry += 1) {
    let token = tokens.getToken();
    while (token !== 'dup' && token !== 'def') {
      if (token === null || !ENCODING_FILLER.has(token)) {
        return decline('Type 1 encoding');
      }
      token = tokens.getToken();
    }
    if (token === 'def') {
      return names;
    }
    const code = strictInt(tokens.getToken());
    const slash = tokens.getToken();
    const name = tokens.getToken();
    if (
      code === null ||
      code > 255 ||
      codes.has(code) ||
      slash !== '/' ||
      !isGlyphName(name) ||
      tokens.getToken() !== 'put'
    ) {
      return decline('Type 1 encoding entry');
    }
    codes.add(code);
    names.push(name);
  }
  return decline('Type 1 encoding not closed');
}
