/**
 * Hostile uploads made on the fly for tests and the upload benchmark (issue 8): PDFs whose content
 * stream inflates to hundreds of megabytes, Word documents with huge XML, ZIP bombs, nested
 * archives and archives with tens of thousands of entries. Each is small on disk and is built in
 * well under a second without holding the inflated data in memory: a 1 MiB block is compressed
 * once with a full flush (which resets the compressor, so copies of it can be concatenated) and
 * repeated.
 */
import { crc32, constants, deflateRawSync } from 'node:zlib';
import {
  buildMinimalDocx,
  buildZip,
  docxPackageParts,
  type RawDeflated,
  type ZipEntrySpec,
} from './minimal-zip.ts';

const BLOCK_BYTES = 1024 * 1024;
/** A final, empty fixed-Huffman block: ends a raw deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/**
 * Raw deflate data that inflates to `pattern` repeated up to `totalBytes` (rounded down to whole
 * patterns), with the CRC-32 a ZIP entry needs (continued from `crcSeed`: the CRC of what comes
 * before it in the entry) and the Adler-32 a zlib stream needs.
 * @example repeatDeflate('0 0 m\n', 200 * 1024 * 1024).deflated.length // ≈ 200 KB
 */
export function repeatDeflate(
  pattern: string,
  totalBytes: number,
  crcSeed = 0,
): RawDeflated & { adler: number } {
  const unit = Buffer.from(pattern, 'latin1');
  const perBlock = Math.max(1, Math.floor(BLOCK_BYTES / unit.length));
  const block = Buffer.alloc(perBlock * unit.length);
  for (let at = 0; at < block.length; at += unit.length) {
    unit.copy(block, at);
  }
  const units = Math.floor(totalBytes / unit.length);
  const fullBlocks = Math.floor(units / perBlock);
  const rest = block.subarray(0, (units % perBlock) * unit.length);
  const flushed = (bytes: Buffer) => deflateRawSync(bytes, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const compressedBlock = flushed(block);
  const pieces: Buffer[] = [];
  let crc = crcSeed;
  let adler = 1;
  const blockAdler = adler32(block);
  for (let index = 0; index < fullBlocks; index += 1) {
    pieces.push(compressedBlock);
    crc = crc32(block, crc);
    adler = combineAdler32(adler, blockAdler, block.length);
  }
  if (rest.length > 0) {
    pieces.push(flushed(rest));
    crc = crc32(rest, crc);
    adler = combineAdler32(adler, adler32(rest), rest.length);
  }
  pieces.push(FINAL_BLOCK);
  return { deflated: Buffer.concat(pieces), size: fullBlocks * block.length + rest.length, crc, adler };
}

const ADLER_BASE = 65521;

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(bytes.length, start + 5552);
    for (let index = start; index < end; index += 1) {
      a += bytes[index]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib's adler32_combine: the checksum of A‖B from those of A and B and B's length. */
function combineAdler32(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % ADLER_BASE;
  let sum1 = first & 0xffff;
  let sum2 = (remainder * sum1) % ADLER_BASE;
  sum1 += (second & 0xffff) + ADLER_BASE - 1;
  sum2 += (first >>> 16) + (second >>> 16) + ADLER_BASE - remainder;
  sum1 %= ADLER_BASE;
  sum2 %= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** The zlib framing (header + Adler-32 trailer) PDF's FlateDecode expects around raw deflate data. */
export function zlibWrap(raw: RawDeflated & { adler: number }): Buffer {
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(raw.adler, 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), raw.deflated, trailer]);
}

/**
 * A one-page PDF with a FlateDecode content stream that inflates to `pattern` repeated up to
 * `inflatedBytes`. The default pattern is a cheap drawing operator.
 * @param dictionary more entries for the stream's dictionary (`/Subtype /Image` labels it an image)
 * @example buildPdfBomb(200 * 1024 * 1024).length // ≈ 400 KB on disk
 */
export function buildPdfBomb(inflatedBytes: number, pattern = '0 0 m 1 1 l\n', dictionary = ''): Buffer {
  return buildPdfWithContentStream(
    zlibWrap(repeatDeflate(pattern, inflatedBytes)),
    `/Filter /FlateDecode ${dictionary}`,
  );
}

/**
 * A one-page PDF whose content stream is `stream` (already encoded) with `dictionary` entries
 * besides /Length.
 * @example buildPdfWithContentStream(Buffer.from('BT ET'), '')
 */
export function buildPdfWithContentStream(stream: Buffer, dictionary: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  const push = (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((body, index) => {
    offsets.push(length);
    push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  offsets.push(length);
  push(Buffer.from(`5 0 obj\n<< /Length ${stream.length} ${dictionary} >>\nstream\n`, 'latin1'));
  push(stream);
  push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xref = length;
  const table = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 6\n0000000000 65535 f \n${table}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(chunks);
}

/** One short paragraph of Word XML, repeated to build huge documents. */
const PARAGRAPH = '<w:p><w:r><w:t>本机关依法公开政府信息。</w:t></w:r></w:p>';

/**
 * A valid Word document whose `word/document.xml` inflates to about `xmlBytes` of paragraphs.
 * @example buildHugeXmlDocx(60 * 1024 * 1024).length // ≈ 180 KB
 */
export function buildHugeXmlDocx(xmlBytes: number): Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
  const tail = '</w:body></w:document>';
  // Latin-1 view of the UTF-8 bytes, so that repeatDeflate repeats whole characters.
  const paragraph = Buffer.from(PARAGRAPH, 'utf8').toString('latin1');
  const body = repeatDeflate(paragraph, xmlBytes, crc32(Buffer.from(head, 'utf8')));
  return buildZip([...docxPackageParts(), splice('word/document.xml', head, body, tail)]);
}

/**
 * An entry made of a small head, a repeated body (whose CRC was seeded with the head's) and a
 * small tail, as one deflate stream.
 */
function splice(name: string, head: string, body: RawDeflated, tail: string): ZipEntrySpec {
  const headBytes = Buffer.from(head, 'utf8');
  const tailBytes = Buffer.from(tail, 'utf8');
  // The body ends with a final block; drop it and end after the tail instead.
  const bodyData = body.deflated.subarray(0, body.deflated.length - FINAL_BLOCK.length);
  const deflated = Buffer.concat([
    deflateRawSync(headBytes, { finishFlush: constants.Z_FULL_FLUSH }),
    bodyData,
    deflateRawSync(tailBytes),
  ]);
  const size = headBytes.length + body.size + tailBytes.length;
  return { name, content: { deflated, size, crc: crc32(tailBytes, body.crc) } };
}

/**
 * A Word document with a ZIP bomb inside: `word/media/fill.bin` inflates to `inflatedBytes` of
 * zeros (its directory entry may lie about that with `declaredSize`).
 * @example buildZipBombDocx(1024 ** 3).length // ≈ 1 MB
 */
export function buildZipBombDocx(inflatedBytes: number, declaredSize?: number): Buffer {
  const fill = repeatDeflate('\0', inflatedBytes);
  return buildMinimalDocx('一、总体情况', [
    { name: 'word/media/fill.bin', content: fill, ...(declaredSize === undefined ? {} : { declaredSize }) },
  ]);
}

/** A Word document carrying another archive (a ZIP) as one of its parts. */
export function buildNestedZipDocx(): Buffer {
  const inner = buildZip([{ name: 'payload.txt', content: 'x'.repeat(10_000), deflate: true }]);
  return buildMinimalDocx('一、总体情况', [{ name: 'word/media/image1.png', content: inner }]);
}

/** A Word document with `entries` extra, empty parts. */
export function buildManyEntriesDocx(entries: number): Buffer {
  const extra: ZipEntrySpec[] = [];
  for (let index = 0; index < entries; index += 1) {
    extra.push({ name: `word/media/p${index}.xml`, content: '' });
  }
  return buildMinimalDocx('一、总体情况', extra);
}
