/**
 * ToUnicode CMaps (ISO 32000-1 §9.10.3) as pdf.js reads them into a font's code → text map:
 * `bfchar` and `bfrange` (with a start string or an array of strings), the destination UTF-16BE
 * with surrogate pairs. `usecmap`, ranges wider than 65,536 codes, a range whose last byte would
 * carry over and anything else unusual decline.
 */
import { ARRAY_END, ARRAY_START, Lexer } from './lexer.ts';
import { decline, PdfCmd } from './objects.ts';

const MAX_RANGE = 0xffff;
/** Codes mapped by one CMap at most (a two-byte font has 65,536); more is hostile. */
const MAX_CODES = 0x20000;

/**
 * @param data the decoded CMap stream
 * @returns text per character code (sparse)
 */
export function parseToUnicode(data: Uint8Array): Array<string | undefined> {
  const lexer = new Lexer(data);
  const raw: Array<string | undefined> = [];
  let entries = 0;
  const mapped = { codes: 0 };
  for (let token = lexer.next(); token !== null; token = lexer.next()) {
    if (!(token instanceof PdfCmd)) {
      continue;
    }
    switch (token.cmd) {
      case 'beginbfchar':
        entries += bfchar(lexer, raw);
        break;
      case 'beginbfrange':
        entries += bfrange(lexer, raw, mapped);
        break;
      case 'usecmap':
      case 'begincidrange':
      case 'begincidchar':
      case 'beginnotdefrange':
      case 'beginnotdefchar':
      case '{':
        decline(`ToUnicode with ${token.cmd}`);
        break;
      default:
        break;
    }
  }
  if (entries === 0) {
    decline('empty ToUnicode');
  }
  const map: Array<string | undefined> = [];
  raw.forEach((token, code) => {
    if (token !== undefined) {
      map[code] = utf16(token);
    }
  });
  return map;
}

function code(token: unknown): number {
  if (typeof token !== 'string' || token.length === 0 || token.length > 4) {
    decline('bad source code');
  }
  let value = 0;
  for (let i = 0; i < token.length; i += 1) {
    value = value * 256 + token.charCodeAt(i);
  }
  return value;
}

function bfchar(lexer: Lexer, raw: Array<string | undefined>): number {
  let count = 0;
  for (let token = lexer.next(); token !== PdfCmd.of('endbfchar'); token = lexer.next()) {
    const source = code(token);
    const destination = lexer.next();
    if (typeof destination !== 'string' || destination === '') {
      decline('bad bfchar destination');
    }
    raw[source] = destination;
    count += 1;
  }
  return count;
}

function bfrange(lexer: Lexer, raw: Array<string | undefined>, mapped: { codes: number }): number {
  let count = 0;
  for (let token = lexer.next(); token !== PdfCmd.of('endbfrange'); token = lexer.next()) {
    let low = code(token);
    const high = code(lexer.next());
    mapped.codes += high - low + 1;
    if (high < low || high - low > MAX_RANGE || mapped.codes > MAX_CODES) {
      decline('bad bfrange');
    }
    const destination = lexer.next();
    if (destination === ARRAY_START) {
      for (let item = lexer.next(); item !== ARRAY_END; item = lexer.next()) {
        if (typeof item !== 'string' || item === '') {
          decline('bad bfrange destination');
        }
        if (low <= high) {
          raw[low++] = item;
        }
      }
    } else {
      if (typeof destination !== 'string' || destination === '') {
        decline('bad bfrange destination');
      }
      let text = destination;
      const last = text.length - 1;
      while (low <= high) {
        raw[low++] = text;
        const next = text.charCodeAt(last) + 1;
        if (next > 0xff && low <= high) {
          decline('bfrange carries over');
        }
        text = text.substring(0, last) + String.fromCharCode(next & 0xff);
      }
    }
    count += 1;
  }
  return count;
}

/** UTF-16BE bytes → text, as pdf.js (an odd byte count gets a leading zero byte). */
function utf16(bytes: string): string {
  const token = bytes.length % 2 === 0 ? bytes : `\u0000${bytes}`;
  const points: number[] = [];
  for (let k = 0; k < token.length; k += 2) {
    const w1 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      points.push(w1);
      continue;
    }
    k += 2;
    const w2 = (token.charCodeAt(k) << 8) | token.charCodeAt(k + 1);
    points.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...points);
}
