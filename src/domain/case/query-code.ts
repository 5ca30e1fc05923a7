/**
 * 查询码: the code an applicant uses to follow an application on the portal without an account.
 * 12 characters of Crockford base32 (60 random bits) shown as `XXXX-XXXX-XXXX`. The alphabet has
 * no I, L, O or U, so what a person reads aloud or copies by hand still matches after
 * `normalizeQueryCode` (O→0, I/L→1, any case, spaces and dashes ignored).
 *
 * The shell supplies the random bytes (crypto) and stores only a hash of the normalized code; the
 * domain never sees randomness or a hash function.
 */

/** Crockford's base32 alphabet, value order. */
export const QUERY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters in a code (5 bits each: 60 bits). */
export const QUERY_CODE_LENGTH = 12;
/** Random bytes needed: 60 bits fit in 8 bytes. */
export const QUERY_CODE_MIN_BYTES = 8;

const group = (code: string): string => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;

/**
 * A query code from random bytes (the first 60 bits of them).
 * @param bytes at least 8 cryptographically random bytes
 * @throws RangeError when fewer than 8 bytes are given, or all of them are equal (an unfilled buffer)
 * @example queryCodeFrom(Uint8Array.from([0, 68, 50, 20, 199, 66, 84, 176])) // '0123-4567-89AB'
 */
export function queryCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < QUERY_CODE_MIN_BYTES) {
    throw new RangeError(`a query code needs ${QUERY_CODE_MIN_BYTES} random bytes, got ${bytes.length}`);
  }
  if (bytes.every((byte) => byte === bytes[0])) {
    throw new RangeError('the random bytes are all equal: was the buffer filled?');
  }
  let code = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes.subarray(0, QUERY_CODE_MIN_BYTES)) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5 && code.length < QUERY_CODE_LENGTH) {
      bits -= 5;
      code += QUERY_CODE_ALPHABET[(buffer >>> bits) & 31]!;
    }
  }
  return group(code);
}

/** Look-alikes read as the character the alphabet has (Crockford's decoding rule). */
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * The canonical form of a code as typed: upper case, without spaces or dashes, O read as 0 and I/L
 * as 1, grouped `XXXX-XXXX-XXXX`; null when it cannot be a query code.
 * @example normalizeQueryCode(' 0l23 4s67-89ab ') // '0123-4S67-89AB'
 * @example normalizeQueryCode('0123-4567-89AU') // null (U is not in the alphabet)
 */
export function normalizeQueryCode(input: string): string | null {
  if (input.length > 100) {
    return null;
  }
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_\u2010-\u2015\u2212\u30FC]/g, '')
    .replace(/[OIL]/g, (ch) => LOOK_ALIKES[ch] ?? ch);
  if (compact.length !== QUERY_CODE_LENGTH || ![...compact].every((ch) => QUERY_CODE_ALPHABET.includes(ch))) {
    return null;
  }
  return group(compact);
}

/**
 * True when the input reads as a query code (after normalization).
 * @example isWellFormedQueryCode('0123 4567 89ab') // true
 */
export function isWellFormedQueryCode(input: string): boolean {
  return normalizeQueryCode(input) !== null;
}
