/**
 * Bounds what pdf.js will decompress from a PDF before pdf.js sees it. pdf.js inflates a page's
 * content stream into one growing typed array — memory that no V8 heap limit counts — so a 300 KB
 * file whose content inflates to 200 MB took 48 s and a 1.5 MB one peaked at 2.25 GB (issue 8).
 *
 * Every stream of the file is found by its `stream` keyword, its dictionary read back to its
 * `obj` header, its extent taken as pdf.js takes it (a direct or resolvable /Length that ends at
 * `endstream`, else the next `endstream`), and its filters decoded with running budgets
 * (pdf-filters.ts): page content (and every other stream that is neither a font nor an image), then
 * content with fonts, then images. pdf.js does not decode images to extract text, but a stream
 * only says it is an image — the budget keeps a mislabelled one from being free. Damaged compressed
 * data is charged at deflate's worst case for what is left of it. Encrypted streams cannot be
 * measured (decision 015).
 */
import {
  decodeAscii85,
  decodeAsciiHex,
  decodeLzw,
  decodeRunLength,
  inflateFlate,
  MAX_DEFLATE_RATIO,
  OverBudget,
  type Sink,
} from './pdf-filters.ts';

/** Budgets in bytes after decoding. */
export type PdfInflateLimits = {
  maxContentBytes: number;
  maxContentAndFontBytes: number;
  maxImageBytes: number;
};

const MiB = 1024 * 1024;

/**
 * Page content of a real report (tens of pages of text and tables) inflates to a few MB, embedded
 * CJK fonts to tens of MB at most, images to what a 20 MB file of pictures holds. Decision 015.
 */
export const PDF_INFLATE_LIMITS: PdfInflateLimits = {
  maxContentBytes: 32 * MiB,
  maxContentAndFontBytes: 128 * MiB,
  maxImageBytes: 512 * MiB,
};

type StreamKind = 'content' | 'font' | 'image';

/** Decoded bytes per kind of stream. */
export type PdfInflated = Record<StreamKind, number>;

/** Within the budgets (with what was measured), or the budget that was passed. */
export type PdfInflateCheck = { ok: true; inflated: PdfInflated } | { ok: false; limitBytes: number };

/**
 * @param bytes the PDF file
 * @example checkPdfInflation(await readFile('report.pdf')) // { ok: true, inflated: { content: 412345, font: 3456789, image: 0 } }
 */
export function checkPdfInflation(
  bytes: Uint8Array,
  limits: PdfInflateLimits = PDF_INFLATE_LIMITS,
): PdfInflateCheck {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const counts: PdfInflated = { content: 0, font: 0, image: 0 };
  const passed = (): number | null =>
    counts.content > limits.maxContentBytes
      ? limits.maxContentBytes
      : counts.content + counts.font > limits.maxContentAndFontBytes
        ? limits.maxContentAndFontBytes
        : counts.image > limits.maxImageBytes
          ? limits.maxImageBytes
          : null;
  const lengths = new IndirectLengths(file);
  let position = 0;
  for (;;) {
    const keyword = file.indexOf('stream', position, 'latin1');
    if (keyword === -1) {
      return { ok: true, inflated: counts };
    }
    position = keyword + 6;
    const dataStart = streamDataStart(file, keyword);
    if (dataStart === null) {
      continue;
    }
    const dictionary = dictionaryBefore(file, keyword);
    const dataEnd = streamDataEnd(file, dataStart, dictionary, lengths);
    const kind = streamKind(dictionary);
    const sink: Sink = (chunk) => {
      counts[kind] += chunk.length;
      if (passed() !== null) {
        throw new OverBudget();
      }
    };
    const room = (): number =>
      kind === 'image'
        ? limits.maxImageBytes - counts.image
        : Math.min(
            kind === 'content' ? limits.maxContentBytes - counts.content : Infinity,
            limits.maxContentAndFontBytes - counts.content - counts.font,
          );
    try {
      decodeStream(file.subarray(dataStart, dataEnd), filtersOf(dictionary), kind, { sink, room });
    } catch (error) {
      if (!(error instanceof OverBudget)) {
        throw error;
      }
      return { ok: false, limitBytes: passed() ?? 0 };
    }
    position = Math.max(position, dataEnd);
  }
}

/** After `stream`: CRLF or LF (a lone CR too, as pdf.js tolerates); not the end of `endstream`. */
function streamDataStart(file: Buffer, keyword: number): number | null {
  if (keyword >= 3 && file.toString('latin1', keyword - 3, keyword) === 'end') {
    return null;
  }
  const after = keyword + 6;
  if (file[after] === 0x0d) {
    return file[after + 1] === 0x0a ? after + 2 : after + 1;
  }
  return file[after] === 0x0a ? after + 1 : null;
}

/** The text between the last `N G obj` header before `stream` and the keyword (64 KiB at most). */
function dictionaryBefore(file: Buffer, keyword: number): string {
  const window = file.toString('latin1', Math.max(0, keyword - 65536), keyword);
  let last = -1;
  for (const match of window.matchAll(/\d+\s+\d+\s+obj\b/g)) {
    last = match.index + match[0].length;
  }
  return last === -1 ? window.slice(-4096) : window.slice(last);
}

function streamDataEnd(
  file: Buffer,
  dataStart: number,
  dictionary: string,
  lengths: IndirectLengths,
): number {
  const match = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dictionary);
  const length =
    match === null ? null : match[2] === undefined ? Number(match[1]) : lengths.valueOf(Number(match[1]));
  if (length !== null && dataStart + length <= file.length) {
    const after = file.toString('latin1', dataStart + length, Math.min(file.length, dataStart + length + 12));
    if (/^\s*endstream/.test(after)) {
      return dataStart + length;
    }
  }
  const end = file.indexOf('endstream', dataStart, 'latin1');
  return end === -1 ? file.length : end;
}

function streamKind(dictionary: string): StreamKind {
  if (/\/Subtype\s*\/Image\b/.test(dictionary)) {
    return 'image';
  }
  return /\/Length[123]\b|\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)\b/.test(dictionary)
    ? 'font'
    : 'content';
}

/** The filter names in order (abbreviations of inline images expanded too). */
function filtersOf(dictionary: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  return match === null ? [] : [...match[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((name) => name[1]!);
}

const IMAGE_FILTERS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);

/**
 * Decodes a stream through its filters, each stage into the sink (every stage's output is held by
 * pdf.js, so every stage counts). Image filters end the chain (not decoded for text).
 */
function decodeStream(
  data: Uint8Array,
  filters: readonly string[],
  kind: StreamKind,
  counter: Counter,
): void {
  let input = data;
  for (const [index, filter] of filters.entries()) {
    const isLast = index === filters.length - 1;
    if (IMAGE_FILTERS.has(filter) || (kind === 'image' && isLast)) {
      if (kind === 'image' && isLast && !IMAGE_FILTERS.has(filter)) {
        runStage(filter, input, counter, false); // an image's own pixels count towards the total
      }
      return;
    }
    const output = runStage(filter, input, counter, !isLast);
    if (output === null) {
      return;
    }
    input = output;
  }
}

/** Where a stream's decoded bytes are counted, and how many more fit in the budgets. */
type Counter = { sink: Sink; room: () => number };

/** One filter: counts its output; keeps it (for the next filter) when asked. */
function runStage(
  filter: string,
  input: Uint8Array,
  counter: Counter,
  shouldKeep: boolean,
): Uint8Array | null {
  const { sink } = counter;
  const kept: Uint8Array[] = [];
  const stageSink: Sink = (chunk) => {
    sink(chunk);
    if (shouldKeep) {
      kept.push(chunk.slice());
    }
  };
  switch (filter) {
    case 'FlateDecode':
    case 'Fl': {
      const damagedRest = inflateFlate(input, stageSink, counter.room());
      chargeWorstCase(damagedRest, sink);
      break;
    }
    case 'LZWDecode':
    case 'LZW':
      decodeLzw(input, stageSink);
      break;
    case 'RunLengthDecode':
    case 'RL':
      decodeRunLength(input, stageSink);
      break;
    case 'ASCIIHexDecode':
    case 'AHx':
      stageSink(decodeAsciiHex(input));
      break;
    case 'ASCII85Decode':
    case 'A85':
      stageSink(decodeAscii85(input));
      break;
    default:
      return null; // Crypt or an unknown filter: pdf.js stops there too
  }
  return shouldKeep ? Buffer.concat(kept) : null;
}

/** Damaged deflate data may still decode in pdf.js: charge the most it could produce. */
function chargeWorstCase(compressedBytes: number, sink: Sink): void {
  if (compressedBytes === 0) {
    return; // the usual case: no 1 MiB block to allocate (it was ≈ 10 % of checking a PDF)
  }
  const block = new Uint8Array(MiB);
  for (let left = compressedBytes * MAX_DEFLATE_RATIO; left > 0; left -= block.length) {
    sink(block.subarray(0, Math.min(left, block.length)));
  }
}

/** `N 0 obj 1234 endobj` integers, indexed once when a /Length refers to one. */
class IndirectLengths {
  private index: Map<number, number> | null = null;

  constructor(private readonly file: Buffer) {}

  valueOf(objectNumber: number): number | null {
    if (this.index === null) {
      this.index = new Map();
      const text = this.file.toString('latin1');
      for (const match of text.matchAll(/(\d+)\s+\d+\s+obj\s*(\d+)\s*endobj/g)) {
        this.index.set(Number(match[1]), Number(match[2]));
      }
    }
    return this.index.get(objectNumber) ?? null;
  }
}
