/**
 * The object layer of a PDF for the text-layer reader: cross-reference tables and streams (with
 * /Prev chains), object streams, FlateDecode streams (inflated within decision 015's content
 * budget). Every object is checked against its `n g obj` header; an encrypted file, a broken
 * cross-reference or an unknown filter declines (pdf.js would repair or decrypt it).
 */
import { inflateSync } from 'node:zlib';
import { PDF_INFLATE_LIMITS } from '../pdf-inflate-budget.ts';
import { Lexer, readObject } from './lexer.ts';
import {
  decline,
  isDict,
  nameOf,
  PdfCmd,
  PdfRef,
  PdfStream,
  type PdfDict,
  type PdfObject,
} from './objects.ts';

type Entry = { offset: number } | { inStream: number; index: number };

const MAX_OBJECT_STREAM_ENTRIES = 100_000;

export class PdfFile {
  private readonly entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfObject>();
  private readonly objectStreams = new Map<number, Map<number, PdfObject>>();
  /** Decoded bytes so far; the same budget as pdf-inflate-budget's page content. */
  private inflated = 0;
  readonly trailer: PdfDict;

  constructor(readonly bytes: Uint8Array) {
    this.trailer = this.readXrefChain(startXref(bytes));
    if (this.trailer.has('Encrypt')) {
      decline('encrypted');
    }
  }

  /** Numbers of the objects in use (for tests that rewrite a file). */
  objectNumbers(): number[] {
    return [...this.entries]
      .filter(([, entry]) => !('offset' in entry) || entry.offset >= 0)
      .map(([num]) => num)
      .sort((a, b) => a - b);
  }

  /** Resolves a reference (any other value is returned as it is). */
  resolve(value: PdfObject | undefined): PdfObject | undefined {
    return value instanceof PdfRef ? this.fetch(value) : value;
  }

  get(dict: PdfDict, key: string): PdfObject | undefined {
    return this.resolve(dict.get(key));
  }

  fetch(ref: PdfRef): PdfObject {
    const cached = this.cache.get(ref.num);
    if (cached !== undefined) {
      return cached;
    }
    const entry = this.entries.get(ref.num);
    if (entry === undefined) {
      return decline('object not in the cross-reference');
    }
    let value: PdfObject;
    if ('offset' in entry) {
      if (entry.offset < 0) {
        decline('free object');
      }
      if (ref.gen !== 0 && ref.gen !== this.genAt(entry.offset)) {
        decline('generation mismatch');
      }
      value = this.readIndirect(entry.offset, ref.num);
    } else {
      if (ref.gen !== 0) {
        decline('generation of a compressed object');
      }
      value = this.objectStream(entry.inStream).get(ref.num) ?? decline('object not in its stream');
    }
    this.cache.set(ref.num, value);
    return value;
  }

  /** A stream's decoded bytes. Only FlateDecode (without predictor) or no filter. */
  decode(stream: PdfStream): Uint8Array {
    const filter = this.resolve(stream.dict.get('Filter'));
    const filters = Array.isArray(filter)
      ? filter.map((f) => this.resolve(f))
      : filter === undefined
        ? []
        : [filter];
    if (
      filters.length > 1 ||
      stream.dict.has('DecodeParms') ||
      stream.dict.has('DP') ||
      stream.dict.has('F')
    ) {
      decline('unsupported stream filters');
    }
    if (filters.length === 0) {
      return stream.data;
    }
    if (nameOf(filters[0]) !== 'FlateDecode') {
      decline('unsupported filter');
    }
    const room = PDF_INFLATE_LIMITS.maxContentBytes - this.inflated;
    let data: Uint8Array;
    try {
      // Whole and sound (header, Adler-32) within the room left, or declined: damaged or
      // cut-off data is pdf.js's to read leniently. maxOutputLength stops a bomb early.
      data = inflateSync(stream.data, { maxOutputLength: Math.max(1, room) });
    } catch (error) {
      const over = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      return decline(over ? 'over the inflation budget' : 'damaged or cut-off compressed data');
    }
    this.inflated += data.length;
    return data;
  }

  private genAt(offset: number): number {
    const lexer = new Lexer(this.bytes, offset);
    lexer.next();
    const gen = lexer.next();
    return typeof gen === 'number' ? gen : -1;
  }

  private readIndirect(offset: number, num: number): PdfObject {
    const lexer = new Lexer(this.bytes, offset);
    const n = lexer.next();
    const g = lexer.next();
    if (n !== num || typeof g !== 'number' || lexer.next() !== PdfCmd.of('obj')) {
      decline('bad object header');
    }
    const value = readObject(lexer);
    const after = lexer.next();
    if (after === PdfCmd.of('endobj')) {
      return value;
    }
    if (after !== PdfCmd.of('stream') || !isDict(value)) {
      return decline('object not closed');
    }
    return new PdfStream(value, this.streamData(lexer, value));
  }

  private streamData(lexer: Lexer, dict: PdfDict): Uint8Array {
    const b = this.bytes;
    let start = lexer.pos;
    if (b[start] === 0x0d && b[start + 1] === 0x0a) {
      start += 2;
    } else if (b[start] === 0x0a) {
      start += 1;
    } else {
      decline('stream keyword not followed by an end of line');
    }
    const length = this.resolve(dict.get('Length'));
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
      decline('bad stream length');
    }
    const end = start + length;
    if (end > b.length) {
      decline('stream past the end of the file');
    }
    const tail = new Lexer(b, end);
    if (tail.next() !== PdfCmd.of('endstream') || (b[end] !== 0x0a && b[end] !== 0x0d && b[end] !== 0x65)) {
      decline('stream length does not end at endstream');
    }
    return b.subarray(start, end);
  }

  private objectStream(num: number): Map<number, PdfObject> {
    const known = this.objectStreams.get(num);
    if (known) {
      return known;
    }
    const stream = this.fetch(new PdfRef(num, 0));
    if (!(stream instanceof PdfStream) || nameOf(stream.dict.get('Type')) !== 'ObjStm') {
      decline('not an object stream');
    }
    const count = stream.dict.get('N');
    const first = stream.dict.get('First');
    if (typeof count !== 'number' || typeof first !== 'number' || count > MAX_OBJECT_STREAM_ENTRIES) {
      decline('bad object stream');
    }
    const data = this.decode(stream);
    const header = new Lexer(data, 0, Math.min(first, data.length));
    const objects = new Map<number, PdfObject>();
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < count; i += 1) {
      const n = header.next();
      const at = header.next();
      if (typeof n !== 'number' || typeof at !== 'number') {
        decline('bad object stream header');
      }
      pairs.push([n, at]);
    }
    for (const [n, at] of pairs) {
      const lexer = new Lexer(data, first + at);
      if (!objects.has(n)) {
        objects.set(n, readObject(lexer));
      }
    }
    this.objectStreams.set(num, objects);
    return objects;
  }

  private readXrefChain(first: number): PdfDict {
    let trailer: PdfDict | null = null;
    const seen = new Set<number>();
    for (let at: number | null = first; at !== null;) {
      if (seen.has(at) || seen.size > 64) {
        decline('cross-reference loop');
      }
      seen.add(at);
      const dict = this.readXrefSection(at);
      trailer ??= dict;
      const stm = dict.get('XRefStm');
      if (typeof stm === 'number') {
        this.readXrefSection(stm);
      }
      const prev = dict.get('Prev');
      at = typeof prev === 'number' ? prev : prev === undefined ? null : decline('bad /Prev');
    }
    return trailer ?? decline('no trailer');
  }

  private readXrefSection(at: number): PdfDict {
    const lexer = new Lexer(this.bytes, at);
    const first = lexer.next();
    if (first === PdfCmd.of('xref')) {
      return this.readXrefTable(lexer);
    }
    if (typeof first !== 'number') {
      return decline('no cross-reference at startxref');
    }
    lexer.pos = at;
    const num = first;
    const stream = this.readIndirect(at, num);
    if (!(stream instanceof PdfStream) || nameOf(stream.dict.get('Type')) !== 'XRef') {
      decline('not an xref stream');
    }
    readXrefStream(stream.dict, this.decode(stream), this.entries);
    return stream.dict;
  }

  private readXrefTable(lexer: Lexer): PdfDict {
    const b = this.bytes;
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
        if (match[3] === 'n' && !this.entries.has(start + i)) {
          this.entries.set(start + i, { offset: Number(match[1]) });
        } else if (!this.entries.has(start + i)) {
          this.entries.set(start + i, { offset: -1 });
        }
      }
    }
    const trailer = readObject(lexer);
    return isDict(trailer) ? trailer : decline('bad trailer');
  }
}

function startXref(bytes: Uint8Array): number {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .subarray(-1024)
    .toString('latin1');
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  return match ? Number(match[1]) : decline('no startxref');
}

function readXrefStream(dict: PdfDict, data: Uint8Array, entries: Map<number, Entry>): void {
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
