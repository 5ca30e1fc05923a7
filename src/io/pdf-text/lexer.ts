/**
 * Tokens and objects of PDF syntax (ISO 32000-1 §7.2–7.3), read the way pdf.js's lexer reads them
 * wherever the reader accepts the input; anything pdf.js would read leniently (a minus sign inside
 * a number, an exponent, an unterminated string) is declined instead.
 */
import { decline, PdfCmd, PdfName } from './objects.ts';

export type Token = number | string | PdfName | PdfCmd;

const WHITE = new Uint8Array(256);
const DELIMITER = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) {
  WHITE[c] = 1;
}
for (const c of '()<>[]{}/%') {
  DELIMITER[c.charCodeAt(0)] = 1;
}

export const ARRAY_START = PdfCmd.of('[');
export const ARRAY_END = PdfCmd.of(']');
export const DICT_START = PdfCmd.of('<<');
export const DICT_END = PdfCmd.of('>>');
const MAX_NUMBER_DIGITS = 15;

export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly end = bytes.length,
  ) {}

  /** The next token, or null at the end. */
  next(): Token | null {
    const b = this.bytes;
    let c = this.skipSpace();
    if (c < 0) {
      return null;
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      return this.number();
    }
    switch (c) {
      case 0x28:
        return this.literal();
      case 0x2f:
        return this.name();
      case 0x5b:
        this.pos += 1;
        return ARRAY_START;
      case 0x5d:
        this.pos += 1;
        return ARRAY_END;
      case 0x3c:
        if (b[this.pos + 1] === 0x3c) {
          this.pos += 2;
          return DICT_START;
        }
        return this.hex();
      case 0x3e:
        if (b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return DICT_END;
        }
        return decline('stray >');
      default:
        break;
    }
    if (DELIMITER[c] === 1) {
      decline('unexpected delimiter');
    }
    const start = this.pos;
    while (this.pos < this.end && WHITE[(c = b[this.pos]!)] === 0 && DELIMITER[c] === 0) {
      this.pos += 1;
    }
    return PdfCmd.of(String.fromCharCode(...b.subarray(start, this.pos)));
  }

  /** Skips white space and comments; the next byte, or -1 at the end. */
  skipSpace(): number {
    const b = this.bytes;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (WHITE[c] === 1) {
        this.pos += 1;
      } else if (c === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) {
          this.pos += 1;
        }
      } else {
        return c;
      }
    }
    return -1;
  }

  /** As pdf.js: digits accumulated as an integer, divided by 10 per decimal digit at the end. */
  private number(): number {
    const b = this.bytes;
    let sign = 1;
    if (b[this.pos] === 0x2d) {
      sign = -1;
      this.pos += 1;
    } else if (b[this.pos] === 0x2b) {
      this.pos += 1;
    }
    let value = 0;
    let divideBy = 0;
    let digits = 0;
    for (; this.pos < this.end; this.pos += 1) {
      const c = b[this.pos]!;
      if (c >= 0x30 && c <= 0x39) {
        if (divideBy !== 0) {
          divideBy *= 10;
        }
        value = value * 10 + (c - 0x30);
        digits += 1;
      } else if (c === 0x2e) {
        if (divideBy !== 0) {
          decline('two decimal points');
        }
        divideBy = 1;
      } else if (WHITE[c] === 1 || DELIMITER[c] === 1) {
        break;
      } else {
        decline('malformed number');
      }
    }
    if (digits === 0 || digits > MAX_NUMBER_DIGITS) {
      decline('malformed number');
    }
    return sign * (divideBy !== 0 ? value / divideBy : value);
  }

  private name(): PdfName {
    const b = this.bytes;
    this.pos += 1;
    const start = this.pos;
    let c = 0;
    let escaped = false;
    while (this.pos < this.end && WHITE[(c = b[this.pos]!)] === 0 && DELIMITER[c] === 0) {
      if (c === 0x23) {
        // `#xx` as pdf.js's getName decodes it (tagged PDFs escape spaces and UTF-8 in tags);
        // anything else after `#` pdf.js reads leniently: declined.
        if (this.pos + 2 >= this.end || hexDigit(b[this.pos + 1]!) < 0 || hexDigit(b[this.pos + 2]!) < 0) {
          decline('malformed escape in a name');
        }
        escaped = true;
        this.pos += 2;
      }
      this.pos += 1;
    }
    const raw = String.fromCharCode(...b.subarray(start, this.pos));
    return PdfName.of(
      escaped
        ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        : raw,
    );
  }

  private hex(): string {
    const b = this.bytes;
    this.pos += 1;
    let out = '';
    let high = -1;
    for (;;) {
      if (this.pos >= this.end) {
        decline('unterminated hex string');
      }
      const c = b[this.pos++]!;
      if (c === 0x3e) {
        break;
      }
      if (WHITE[c] === 1) {
        continue;
      }
      const digit = hexDigit(c);
      if (digit < 0) {
        decline('bad hex digit');
      }
      if (high < 0) {
        high = digit;
      } else {
        out += String.fromCharCode((high << 4) | digit);
        high = -1;
      }
    }
    if (high >= 0) {
      out += String.fromCharCode(high << 4);
    }
    return out;
  }

  private literal(): string {
    const b = this.bytes;
    this.pos += 1;
    let depth = 1;
    let out = '';
    for (;;) {
      if (this.pos >= this.end) {
        decline('unterminated string');
      }
      const c = b[this.pos++]!;
      if (c === 0x28) {
        depth += 1;
      } else if (c === 0x29) {
        depth -= 1;
        if (depth === 0) {
          return out;
        }
      } else if (c === 0x5c) {
        out += this.escape();
        continue;
      }
      out += String.fromCharCode(c);
    }
  }

  private escape(): string {
    const b = this.bytes;
    if (this.pos >= this.end) {
      decline('unterminated string');
    }
    const c = b[this.pos++]!;
    switch (c) {
      case 0x6e:
        return '\n';
      case 0x72:
        return '\r';
      case 0x74:
        return '\t';
      case 0x62:
        return '\b';
      case 0x66:
        return '\f';
      case 0x5c:
      case 0x28:
      case 0x29:
        return String.fromCharCode(c);
      default:
        break;
    }
    if (c >= 0x30 && c <= 0x37) {
      let code = c & 15;
      for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k += 1) {
        code = (code << 3) + (b[this.pos++]! & 15);
      }
      return String.fromCharCode(code & 0xff);
    }
    return decline('unusual string escape');
  }
}

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) {
    return c - 0x30;
  }
  if (c >= 0x41 && c <= 0x46) {
    return c - 0x37;
  }
  if (c >= 0x61 && c <= 0x66) {
    return c - 0x57;
  }
  return -1;
}
