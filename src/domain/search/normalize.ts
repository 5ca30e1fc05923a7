/**
 * Search text as units: the text a reader sees, NFKC-normalised, folded per code point (lower case,
 * every bracket shape → `(` `)`) with whitespace, control characters and lone surrogates dropped.
 * Matching compares units, so 「〔2024〕」, 「[2024]」, 「（2024）」 and 「［ 2024 ］」 are the same
 * text, and a line break or space inside a phrase does not stop it matching (decision 030).
 */

/** Opening and closing brackets folded to `(` and `)` (after NFKC, which already maps full-width ［］（）). */
const OPEN = new Set(['〔', '【', '[', '〖', '〘', '｛', '{', '（', '［']);
const CLOSE = new Set(['〕', '】', ']', '〗', '〙', '｝', '}', '）', '］']);

/** True for characters that never count: whitespace, controls, zero-width marks, lone surrogates. */
function isIgnored(cp: number): boolean {
  return (
    cp <= 0x20 ||
    (cp >= 0x7f && cp <= 0xa0) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x3000 ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff)
  );
}

/**
 * Folds one code point to its unit ('' when it does not count).
 * @example foldChar('〔') === '('; foldChar('Ａ'.normalize('NFKC')) === 'a'
 */
export function foldChar(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  if (isIgnored(cp) || /\s/u.test(char)) {
    return '';
  }
  if (OPEN.has(char)) {
    return '(';
  }
  if (CLOSE.has(char)) {
    return ')';
  }
  return char.toLowerCase();
}

/** A text's characters with the unit each folds to ('' for ignored ones), after NFKC. */
export function foldedChars(text: string): { char: string; unit: string }[] {
  const out: { char: string; unit: string }[] = [];
  for (const char of text.normalize('NFKC')) {
    out.push({ char, unit: foldChar(char) });
  }
  return out;
}

/**
 * The units of a text: what the index and the query compare.
 * @example searchUnits('〔2024〕 5号') → ['(', '2', '0', '2', '4', ')', '5', '号']
 */
export function searchUnits(text: string): string[] {
  const units: string[] = [];
  for (const { unit } of foldedChars(text)) {
    if (unit !== '') {
      units.push(unit);
    }
  }
  return units;
}
