/**
 * The token reader of pdf.js 5.6's `Type1Parser` (src/core/type1_parser.js), ported so that
 * type1-program.ts sees a Type 1 font program exactly as pdf.js splits it: `%` comments to the
 * end of the line, the four white-space bytes, `/[]{}()` as one-byte tokens, everything else up
 * to the next white space or special byte; binary data read by count from where the token
 * reader stands.
 */
import { decline } from './objects.ts';

/** pdf.js's `isWhiteSpace`: space, tab, CR, LF (not NUL or form feed). */
function isWhiteSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0d || ch === 0x0a;
}

/** pdf.js's `isSpecial` of the Type 1 parser. */
function isSpecial(ch: number): boolean {
  return (
    ch === 0x2f || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d || ch === 0x28 || ch === 0x29
  );
}

/** A cursor over (decrypted) program bytes with pdf.js's `getToken` / `nextChar` / `getBytes`. */
export class Type1Tokens {
  private pos = 0;
  private current: number;

  constructor(private readonly bytes: Uint8Array) {
    this.current = this.nextChar();
  }

  /** Reads one byte (-1 at the end), as pdf.js's `nextChar`. */
  nextChar(): number {
    this.current = this.pos < this.bytes.length ? this.bytes[this.pos++]! : -1;
    return this.current;
  }

  /** The next token, or null at the end of the bytes. */
  getToken(): string | null {
    let comment = false;
    let ch = this.current;
    for (;;) {
      if (ch === -1) {
        return null;
      }
      if (comment) {
        if (ch === 0x0a || ch === 0x0d) {
          comment = false;
        }
      } else if (ch === 0x25) {
        comment = true;
      } else if (!isWhiteSpace(ch)) {
        break;
      }
      ch = this.nextChar();
    }
    if (isSpecial(ch)) {
      this.nextChar();
      return String.fromCharCode(ch);
    }
    let token = '';
    do {
      token += String.fromCharCode(ch);
      ch = this.nextChar();
    } while (ch >= 0 && !isWhiteSpace(ch) && !isSpecial(ch));
    return token;
  }

  /**
   * `count` bytes from where the stream stands (after the byte the token reader last looked at),
   * or null when fewer are left — pdf.js would read a shorter string.
   */
  getBytes(count: number): Uint8Array | null {
    const start = this.pos;
    if (start + count > this.bytes.length) {
      return null;
    }
    this.pos = start + count;
    return this.bytes.subarray(start, this.pos);
  }
}

/** A whole non-negative decimal integer token (pdf.js's `parseInt` would accept more). */
export function strictInt(token: string | null): number | null {
  return token !== null && /^\d{1,9}$/.test(token) ? Number(token) : null;
}

/** A plain decimal number token (pdf.js's `parseFloat` would accept `1x` as 1). */
export function strictNumber(token: string | null): number | null {
  return token !== null && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(token) ? Number(token) : null;
}

/** A glyph name as font producers write them (pdf.js compiles the names into a CFF font). */
export function isGlyphName(token: string | null): token is string {
  return token !== null && /^[A-Za-z0-9._-]{1,63}$/.test(token);
}

/**
 * pdf.js's `readNumberArray` (an opening token, numbers, a closing `]` or `}`), declining where
 * its `parseFloat` would be lenient or the list does not close.
 */
export function numberArray(tokens: Type1Tokens): number[] {
  const open = tokens.getToken();
  if (open !== '[' && open !== '{') {
    return decline('Type 1 number array');
  }
  const values: number[] = [];
  for (;;) {
    const token = tokens.getToken();
    if (token === ']' || token === '}') {
      return values;
    }
    const value = strictNumber(token);
    if (value === null) {
      return decline('Type 1 number array');
    }
    values.push(value);
  }
}
