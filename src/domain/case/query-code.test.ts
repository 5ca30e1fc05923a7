import { describe, expect, it } from 'vitest';
import {
  QUERY_CODE_ALPHABET,
  isWellFormedQueryCode,
  normalizeQueryCode,
  queryCodeFrom,
} from './query-code.ts';

/** Deterministic bytes for tests (the shell uses crypto.randomBytes). */
function bytesFrom(seed: number, length = 16): Uint8Array {
  let state = seed >>> 0;
  return Uint8Array.from({ length }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state >>> 24;
  });
}

describe('查询码 (query codes)', () => {
  it('encodes the first 60 bits as 12 Crockford base32 characters, grouped by 4', () => {
    expect(queryCodeFrom(Uint8Array.from([0, 68, 50, 20, 199, 66, 84, 176]))).toBe('0123-4567-89AB');
    expect(queryCodeFrom(Uint8Array.from([255, 255, 255, 255, 255, 255, 255, 255, 0]))).toBe(
      'ZZZZ-ZZZZ-ZZZZ',
    );
  });

  it('uses only the alphabet (no I, L, O, U) and gives distinct codes for distinct bytes', () => {
    const codes = new Set<string>();
    for (let seed = 1; seed <= 2000; seed += 1) {
      const code = queryCodeFrom(bytesFrom(seed));
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      codes.add(code);
    }
    expect(codes.size).toBe(2000);
    expect(QUERY_CODE_ALPHABET).toHaveLength(32);
  });

  it('refuses too few bytes or an unfilled buffer', () => {
    expect(() => queryCodeFrom(new Uint8Array(7))).toThrow(RangeError);
    expect(() => queryCodeFrom(new Uint8Array(16))).toThrow(/all equal/);
  });

  it.each([
    ['0123-4567-89AB', '0123-4567-89AB'],
    ['012345 6789ab', '0123-4567-89AB'],
    [' O1Z3–4S67—89AB ', '01Z3-4S67-89AB'], // O read as 0, en and em dashes ignored
    ['oi23-4l67-89ab', '0123-4167-89AB'], // I and L read as 1
    ['０１２３－４５６７－８９ＡＢ', '0123-4567-89AB'], // full-width
  ])('normalizes %s to %s', (input, code) => {
    expect(normalizeQueryCode(input)).toBe(code);
    expect(isWellFormedQueryCode(input)).toBe(true);
  });

  it('round-trips every generated code', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const code = queryCodeFrom(bytesFrom(seed));
      expect(normalizeQueryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    }
  });

  it.each([
    '0123-4567-89AU',
    '0123-4567-89A',
    '0123-4567-89ABC',
    '',
    "' OR 1=1 --",
    '0123-4567-89A😀',
    'x'.repeat(10_000_000),
  ])('refuses %s', (input) => {
    expect(normalizeQueryCode(input)).toBeNull();
    expect(isWellFormedQueryCode(input)).toBe(false);
  });
});
