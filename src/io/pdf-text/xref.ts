/**
 * Cross-reference sections (ISO 32000-1 §7.5.4, §7.5.8): the classic table and the stream form.
 * An entry already known (from a newer section) is kept; free entries are remembered as such.
 */
import type { Lexer } from './lexer.ts';
import {} from './lexer.ts';
import { readObject } from './read-object.ts';
import { decline, isDict, PdfCmd, type PdfDict } from './objects.ts';

/** Where an object lies: at an offset of the file (-1: free), or inside an object stream. */
export type Entry = { offset: number } | { inStream: number; index: number };

export function readXrefTable(lexer: Lexer, entries: Map<number, Entry>): PdfDict {
  const b = lexer.bytes;
  for (;;) {
    const start = lexer.next();
    if (start === PdfCmd.of('trailer')) {
      break;
    }
    const count = lexer.next();
    if (typeof start !== 'number' || typeof count !== 'number') {
      decline('bad xref subsection');
    }
    lexer.skipSpace();
    for (let i = 0; i < count; i += 1) {
      const line = String.fromCharCode(...b.subarray(lexer.pos, lexer.pos + 20));
      const match = /^(\d{10}) (\d{5}) ([nf])[\r\n ]{2}$/.exec(line);
      if (match === null) {
        decline('bad xref entry');
      }
      lexer.pos += 20;
      if (match[3] === 'n' && !entries.has(start + i)) {
        entries.set(start + i, { offset: Number(match[1]) });
      } else if (!entries.has(start + i)) {
        entries.set(start + i, { offset: -1 });
      }
    }
  }
  const trailer = readObject(lexer);
  return isDict(trailer) ? trailer : decline('bad trailer');
}

export function startXref(bytes: Uint8Array): number {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(-1024)
    .toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  return match ? Number(match[1]) : decline('no startxref');
}

export function readXrefStream(dict: PdfDict, data: Uint8Array, entries: Map<number, Entry>): void {
  const widths = dict.get('W');
  const size = dict.get('Size');
  const index = dict.get('Index') ?? [0, size ?? 0];
  if (
    !Array.isArray(widths) ||
    widths.length !== 3 ||
    !widths.every((w) => typeof w === 'number' && w >= 0 && w <= 8)
  ) {
    decline('bad xref stream widths');
  }
  if (!Array.isArray(index) || index.length % 2 !== 0) {
    decline('bad xref stream index');
  }
  const [w0, w1, w2] = widths as number[];
  const rowBytes = w0! + w1! + w2!;
  if (rowBytes === 0) {
    decline('empty xref stream rows');
  }
  let at = 0;
  const field = (width: number, fallback: number): number => {
    if (width === 0) {
      return fallback;
    }
    let value = 0;
    for (let k = 0; k < width; k += 1) {
      value = value * 256 + data[at++]!;
    }
    return value;
  };
  for (let i = 0; i < index.length; i += 2) {
    const start = index[i];
    const count = index[i + 1];
    if (typeof start !== 'number' || typeof count !== 'number') {
      decline('bad xref stream index');
    }
    for (let k = 0; k < count; k += 1) {
      if (at + rowBytes > data.length) {
        decline('xref stream too short');
      }
      const type = field(w0!, 1);
      const a = field(w1!, 0);
      const b = field(w2!, 0);
      if (entries.has(start + k)) {
        continue;
      }
      if (type === 1) {
        entries.set(start + k, { offset: a });
      } else if (type === 2) {
        entries.set(start + k, { inStream: a, index: b });
      } else if (type === 0) {
        entries.set(start + k, { offset: -1 });
      } else {
        decline('unknown xref entry type');
      }
    }
  }
}
