/**
 * PDF stream filters (ISO 32000-1 §7.4) decoded with an output limit, for pdf-inflate-budget.ts:
 * they measure how much pdf.js would decode, stopping as soon as the budget is spent. Flate uses
 * fflate's streaming inflater (fed 16 KiB at a time, so one step cannot produce more than ≈ 16 MiB);
 * LZW, RunLength, ASCIIHex and ASCII85 are short enough to write here (no library does them with a
 * limit). Like pdf.js, the decoders are lenient about damaged data.
 */
import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';

/** Thrown by a decoder (or its sink) when the output passes the budget. */
export class OverBudget extends Error {
  constructor() {
    super('over budget');
    this.name = 'OverBudget';
  }
}

/** Receives decoded bytes; throws OverBudget to stop. */
export type Sink = (chunk: Uint8Array) => void;

const FEED_BYTES = 16 * 1024;
/** The largest expansion of deflate (258-byte matches from 1-bit codes). */
export const MAX_DEFLATE_RATIO = 1032;

/** The most a stream may inflate to in one piece on the fast path (zlib, synchronous). */
const WHOLE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Inflates a FlateDecode stream (zlib framing; the header is skipped unchecked, as a stricter
 * check than pdf.js's would let a stream through uncounted). A stream that node:zlib inflates
 * completely to at most `room` bytes (and at most 4 MiB) goes to the sink in one piece: that
 * cannot pass a budget, and zlib is several times faster than fflate. Anything else — damaged,
 * cut off, larger — is inflated again by fflate in 16 KiB steps as before, so the count and the
 * budget that is passed stay what they were.
 * @param room how many bytes the sink can take without passing a budget (0: no fast path)
 * @returns how many input bytes were left when the data turned out damaged (0 when not)
 * @throws OverBudget from the sink
 */
export function inflateFlate(input: Uint8Array, sink: Sink, room = 0): number {
  const whole = inflateWhole(input, Math.min(room, WHOLE_MAX_BYTES));
  if (whole !== null) {
    sink(whole);
    return 0;
  }
  const inflater = new Inflate((chunk) => sink(chunk));
  for (let at = 2; at < input.length; at += FEED_BYTES) {
    try {
      inflater.push(input.subarray(at, at + FEED_BYTES));
    } catch (error) {
      if (error instanceof OverBudget) {
        throw error;
      }
      return input.length - at; // damaged: pdf.js may still decode the rest its own way
    }
  }
  return 0;
}

/** The whole stream by node:zlib, or null when it is damaged, cut off or larger than `limit`. */
function inflateWhole(input: Uint8Array, limit: number): Uint8Array | null {
  if (limit < 1) {
    return null;
  }
  try {
    return inflateRawSync(input.subarray(2), { maxOutputLength: limit });
  } catch {
    return null;
  }
}

/**
 * LZWDecode with EarlyChange 1 (the default), as pdf.js reads it.
 * @throws OverBudget from the sink
 */
export function decodeLzw(input: Uint8Array, sink: Sink): void {
  const prefixes = new Int32Array(4096);
  const suffixes = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  for (let code = 0; code < 256; code += 1) {
    suffixes[code] = code;
    lengths[code] = 1;
  }
  const out = new Uint8Array(4097);
  let next = 258;
  let width = 9;
  let previous = -1;
  let bitBuffer = 0;
  let bitCount = 0;
  for (const byte of input) {
    bitBuffer = ((bitBuffer << 8) | byte) & 0xffffff;
    bitCount += 8;
    if (bitCount < width) {
      continue;
    }
    bitCount -= width;
    const code = (bitBuffer >>> bitCount) & ((1 << width) - 1);
    if (code === 256) {
      [next, width, previous] = [258, 9, -1];
      continue;
    }
    const isKnown = code < 256 || (code > 257 && code < next);
    if (code === 257 || (!isKnown && (code !== next || previous < 0))) {
      return; // end of data, or damaged
    }
    const base = isKnown ? code : previous;
    let length = lengths[base]!;
    for (let index = length - 1, at = base; index >= 0; index -= 1, at = prefixes[at]!) {
      out[index] = suffixes[at]!;
    }
    if (!isKnown) {
      out[length] = out[0]!;
      length += 1;
    }
    if (previous >= 0 && next < 4096) {
      prefixes[next] = previous;
      suffixes[next] = out[0]!;
      lengths[next] = lengths[previous]! + 1;
      next += 1;
      // EarlyChange 1: the code widens one code early.
      width = next + 1 >= 2048 ? 12 : next + 1 >= 1024 ? 11 : next + 1 >= 512 ? 10 : 9;
    }
    previous = code;
    sink(out.slice(0, length));
  }
}

/**
 * RunLengthDecode: a length byte, then 1–128 literal bytes or one byte repeated 2–128 times.
 * @throws OverBudget from the sink
 */
export function decodeRunLength(input: Uint8Array, sink: Sink): void {
  const run = new Uint8Array(128);
  let at = 0;
  while (at < input.length) {
    const length = input[at]!;
    if (length === 128) {
      return;
    }
    if (length < 128) {
      sink(input.subarray(at + 1, at + 2 + length));
      at += 2 + length;
    } else {
      run.fill(input[at + 1] ?? 0);
      sink(run.subarray(0, 257 - length));
      at += 2;
    }
  }
}

/** ASCIIHexDecode (shrinks: two characters a byte). */
export function decodeAsciiHex(input: Uint8Array): Uint8Array {
  const end = input.indexOf(0x3e); // '>'
  const text = Buffer.from(input.subarray(0, end === -1 ? input.length : end))
    .toString('latin1')
    .replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(text.length % 2 === 1 ? `${text}0` : text, 'hex');
}

/** ASCII85Decode (shrinks: five characters four bytes; `z` is four zero bytes, still bounded 4:1). */
export function decodeAscii85(input: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  for (const byte of input) {
    if (byte === 0x7e) {
      break; // '~>' ends the data
    }
    if (byte === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
    } else if (byte >= 0x21 && byte <= 0x75) {
      group.push(byte - 33);
      if (group.length === 5) {
        pushGroup(out, group, 4);
        group = [];
      }
    }
  }
  if (group.length > 1) {
    const count = group.length - 1;
    while (group.length < 5) {
      group.push(84);
    }
    pushGroup(out, group, count);
  }
  return Uint8Array.from(out);
}

function pushGroup(out: number[], group: number[], count: number): void {
  const value = group.reduce((sum, digit) => sum * 85 + digit, 0) >>> 0;
  for (let index = 0; index < count; index += 1) {
    out.push((value >>> (24 - index * 8)) & 0xff);
  }
}
