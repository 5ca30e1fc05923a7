/**
 * Whether pdf.js will convert an embedded Type 1 font program (FontFile) the way it converts a
 * sound one (decision 024). When pdf.js's conversion fails it replaces the font by a "missing
 * file" fallback whose code mapping changes the text (codes whose default-encoding entry is empty
 * become spaces), so our reader, which takes the text from ToUnicode, must not read such a file.
 * We do not convert the program: we walk it as pdf.js 5.6's `Type1Font`/`Type1Parser` do
 * (`getHeaderBlock` at /Length1, `extractFontHeader`, eexec decryption, `extractFontProgram`'s
 * Subrs and CharStrings) and decline at anything a sound program from a font tool does not
 * have. Damage anywhere before the end of the CharStrings shows: eexec decryption chains each
 * byte's key to the previous cipher byte, so one wrong byte turns all that follows into noise.
 */
import { decline } from './objects.ts';
import { eexecEndsAt, readHeader } from './type1-header.ts';
import { isGlyphName, numberArray, strictInt, Type1Tokens } from './type1-tokens.ts';

const EEXEC_KEY = 55665;
const CHARSTRING_KEY = 4330;
/**
 * Subrs entry 4 of the Type 1 spec, `1 3 callothersubr pop callsubr return`: the only Subr that
 * may call another. pdf.js converts charstrings recursively through calls; with this as the only
 * calling Subr each nested call takes one number off the charstring's stack, so the depth is at
 * most the number of values a charstring pushes — bounded by its length (MAX_CHARSTRING_BYTES,
 * well under the depth at which Node's stack overflows: the conversion would fail).
 */
const HINT_REPLACEMENT = [140, 142, 12, 16, 12, 17, 10, 11];
const MAX_CHARSTRING_BYTES = 3072;
/** Private dictionary keys pdf.js reads, and how many values (`array`: a bracketed list). */
const PRIVATE_KEYS = new Map<string, 'array' | 'one'>([
  ...[
    'BlueValues',
    'OtherBlues',
    'FamilyBlues',
    'FamilyOtherBlues',
    'StemSnapH',
    'StemSnapV',
    'StdHW',
    'StdVW',
  ].map((key) => [key, 'array'] as const),
  ...['BlueShift', 'BlueFuzz', 'BlueScale', 'LanguageGroup', 'ExpansionFactor', 'ForceBold'].map(
    (key) => [key, 'one'] as const,
  ),
]);

/**
 * @param data the decoded FontFile stream
 * @param length1 its /Length1 (clear-text part), `length2` its /Length2 (encrypted part)
 * @throws Decline when pdf.js might not convert the program as it converts a sound one
 */
export function checkType1Program(data: Uint8Array, length1: unknown, length2: unknown): void {
  if (data.length < 2 || data[0] !== 0x25 || data[1] !== 0x21) {
    decline('Type 1 program does not start with %!');
  }
  if (
    typeof length1 !== 'number' ||
    typeof length2 !== 'number' ||
    !Number.isInteger(length1) ||
    !Number.isInteger(length2) ||
    length1 <= 10 ||
    length2 <= 4 ||
    length1 + length2 > data.length
  ) {
    decline('Type 1 program with inconsistent /Length1 or /Length2');
  }
  if (!eexecEndsAt(data, length1)) {
    decline('Type 1 clear-text part does not end with eexec at /Length1');
  }
  const encoding = readHeader(new Type1Tokens(data.subarray(0, length1)));
  const glyphs = readPrivate(new Type1Tokens(eexecDecrypt(data.subarray(length1))));
  for (const name of encoding) {
    if (name !== '.notdef' && !glyphs.has(name)) {
      decline('Type 1 encoding names a glyph the program lacks');
    }
  }
}

/** pdf.js's eexec decryption of a binary (not hexadecimal) encrypted part, without its 4 bytes. */
function eexecDecrypt(cipher: Uint8Array): Uint8Array {
  const hex = (ch: number | undefined): boolean =>
    ch !== undefined &&
    ((ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x46) || (ch >= 0x61 && ch <= 0x66));
  const first = cipher[0];
  const asHex =
    (hex(first) || first === 0x20 || first === 0x09 || first === 0x0d || first === 0x0a) &&
    [1, 2, 3, 4, 5, 6, 7].every((i) => hex(cipher[i]));
  if (asHex || cipher.length <= 4) {
    decline('Type 1 encrypted part in hexadecimal or empty');
  }
  return decrypt(cipher, EEXEC_KEY, 4);
}

/** pdf.js's `decrypt`: Type 1 encryption (r = 52845, c2 = 22719), dropping `skip` bytes. */
function decrypt(cipher: Uint8Array, key: number, skip: number): Uint8Array {
  const plain = new Uint8Array(Math.max(0, cipher.length - skip));
  let r = key;
  for (let i = 0; i < cipher.length; i += 1) {
    const c = cipher[i]!;
    if (i >= skip) {
      plain[i - skip] = c ^ (r >> 8);
    }
    r = ((c + r) * 52845 + 22719) & 0xffff;
  }
  return plain;
}

/**
 * `extractFontProgram` over the decrypted part: one well-formed Subrs array (no Subr calling
 * another: pdf.js's charstring conversion recurses through calls) and one well-formed
 * CharStrings dictionary whose entries all parse.
 * @returns the glyph names
 */
function readPrivate(tokens: Type1Tokens): Set<string> {
  let lenIV = 4;
  let subrsSeen = false;
  let glyphs: Set<string> | null = null;
  for (let token = tokens.getToken(); token !== null; token = tokens.getToken()) {
    if (token !== '/') {
      continue;
    }
    const key = tokens.getToken();
    if (key === 'CharStrings') {
      if (glyphs !== null) {
        decline('two Type 1 CharStrings');
      }
      glyphs = readCharStrings(tokens);
    } else if (key === 'Subrs') {
      if (subrsSeen || glyphs !== null) {
        decline('Type 1 Subrs twice or after the CharStrings');
      }
      subrsSeen = true;
      readSubrs(tokens, lenIV);
    } else if (key === 'lenIV') {
      const value = strictInt(tokens.getToken());
      if (value === null || subrsSeen || glyphs !== null) {
        decline('Type 1 lenIV');
      }
      lenIV = value;
    } else if (key !== null && PRIVATE_KEYS.get(key) === 'array') {
      numberArray(tokens);
    } else if (key !== null && PRIVATE_KEYS.get(key) === 'one') {
      tokens.getToken();
    }
  }
  return glyphs ?? decline('Type 1 program without CharStrings');
}

/** `/Subrs n array` and n × `dup i len RD <bytes> NP`. */
function readSubrs(tokens: Type1Tokens, lenIV: number): void {
  const count = strictInt(tokens.getToken());
  if (count === null || tokens.getToken() !== 'array') {
    decline('Type 1 Subrs');
  }
  const indices = new Set<number>();
  for (let token = tokens.getToken(); token === 'dup'; token = tokens.getToken()) {
    const index = strictInt(tokens.getToken());
    const bytes = binaryEntry(tokens);
    if (index === null || index >= count || indices.has(index)) {
      decline('Type 1 Subrs entry');
    }
    const end = tokens.getToken();
    if (!(end === 'NP' || end === '|' || (end === 'noaccess' && tokens.getToken() === 'put'))) {
      decline('Type 1 Subrs entry end');
    }
    indices.add(index);
    const code = lenIV < 0 ? bytes : decrypt(bytes, CHARSTRING_KEY, lenIV);
    if (callsSubr(code) && !isHintReplacement(code)) {
      decline('Type 1 Subr calling a Subr');
    }
  }
  if (indices.size !== count) {
    decline('Type 1 Subrs count');
  }
}

/** `/CharStrings n dict dup begin`, n × `/name len RD <bytes> ND`, `end`. */
function readCharStrings(tokens: Type1Tokens): Set<string> {
  const count = strictInt(tokens.getToken());
  if (
    count === null ||
    tokens.getToken() !== 'dict' ||
    tokens.getToken() !== 'dup' ||
    tokens.getToken() !== 'begin'
  ) {
    decline('Type 1 CharStrings');
  }
  const names = new Set<string>();
  for (let token = tokens.getToken(); token !== 'end'; token = tokens.getToken()) {
    const name = token === '/' ? tokens.getToken() : null;
    if (!isGlyphName(name) || names.has(name)) {
      return decline('Type 1 CharStrings entry');
    }
    if (binaryEntry(tokens).length > MAX_CHARSTRING_BYTES) {
      decline('Type 1 charstring too long');
    }
    const end = tokens.getToken();
    if (!(end === 'ND' || end === '|-' || (end === 'noaccess' && tokens.getToken() === 'def'))) {
      decline('Type 1 CharStrings entry end');
    }
    names.add(name);
  }
  if (names.size !== count) {
    decline('Type 1 CharStrings count');
  }
  return names;
}

/** `len RD <len bytes>`, then pdf.js's `nextChar` past the byte after them. */
function binaryEntry(tokens: Type1Tokens): Uint8Array {
  const length = strictInt(tokens.getToken());
  const rd = tokens.getToken();
  if (length === null || (rd !== 'RD' && rd !== '-|')) {
    return decline('Type 1 binary entry');
  }
  const bytes = tokens.getBytes(length) ?? decline('Type 1 binary entry cut off');
  tokens.nextChar();
  return bytes;
}

function isHintReplacement(code: Uint8Array): boolean {
  return code.length === HINT_REPLACEMENT.length && HINT_REPLACEMENT.every((byte, i) => code[i] === byte);
}

/** Whether a decrypted charstring holds the callsubr operator (10). */
function callsSubr(code: Uint8Array): boolean {
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i]!;
    if (c === 10) {
      return true;
    }
    if (c === 12 || (c >= 247 && c <= 254)) {
      i += 1;
    } else if (c === 255) {
      i += 4;
    }
  }
  return false;
}
