/**
 * The object layer of a PDF for the text-layer reader: cross-reference tables and streams (with
 * /Prev chains), object streams, FlateDecode streams (inflated within decision 015's content
 * budget). Every object is checked against its `n g obj` header; an encrypted file, a broken
 * cross-reference or an unknown filter declines (pdf.js would repair or decrypt it).
 */
import { inflateSync } from 'node:zlib';
import { PDF_INFLATE_LIMITS } from '../pdf-inflate-budget.ts';
import { Lexer } from './lexer.ts';
import { readObject } from './read-object.ts';
import { readXrefStream, readXrefTable, startXref, type Entry } from './xref.ts';
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
      return readXrefTable(lexer, this.entries);
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
}
