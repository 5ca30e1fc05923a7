/**
 * Bytes → text for report files: UTF-8 (BOM stripped), UTF-16 with a BOM, and GB18030/GBK, which
 * many Chinese government sites still serve. Anything else is treated as binary.
 */
import { isUtf8 } from 'node:buffer';
import { ReportInputError } from '../domain/report/errors.ts';

/** Share of control characters above which decoded "text" is taken to be binary junk. */
const MAX_CONTROL_SHARE = 0.01;
/** How many characters to inspect for control characters. */
const CONTROL_SAMPLE = 200_000;

/** The encoding a text was decoded with. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text and the encoding that worked. */
export type DecodedText = { text: string; encoding: TextEncodingName };

/**
 * Decodes the bytes of a text file.
 * @param bytes the whole file
 * @returns the text without a byte-order mark
 * @throws ReportInputError `BINARY` for NUL bytes, many control characters, or bytes that are
 *   neither UTF-8 nor GB18030
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text // 'a'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeByBom(bytes) ?? decodeWithoutBom(bytes);
  if (decoded === null || hasManyControlCharacters(decoded.text)) {
    throw new ReportInputError(
      'BINARY',
      '文件内容不是文字，也不是支持的文档格式（支持 PDF、Word .docx、网页 HTML、纯文本、JSON）',
    );
  }
  return decoded;
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    return text === null ? null : { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = tryDecode('utf-16le', bytes.subarray(2));
    return text === null ? null : { text, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = tryDecode('utf-16be', bytes.subarray(2));
    return text === null ? null : { text, encoding: 'utf-16be' };
  }
  return null;
}

function decodeWithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.includes(0)) {
    return null;
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) {
    return { text: utf8, encoding: 'utf-8' };
  }
  const gb = tryDecode('gb18030', bytes);
  return gb === null ? null : { text: gb, encoding: 'gb18030' };
}

function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  if (encoding === 'utf-8') {
    // simdutf validation + a non-fatal decode: Node 20's fatal decoder goes through ICU (decision 022).
    if (!isUtf8(bytes)) {
      return null;
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return text.startsWith('\ufeff') ? text.slice(1) : text;
  }
  try {
    // ignoreBOM: a BOM has already been removed; a second one is content we strip below.
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith('\ufeff') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

function hasManyControlCharacters(text: string): boolean {
  const sample = text.length > CONTROL_SAMPLE ? text.slice(0, CONTROL_SAMPLE) : text;
  if (sample.length === 0) {
    return false;
  }
  // Tab, LF, FF and CR are ordinary in text files; other C0 controls and DEL are not.
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) {
      controls += 1;
    }
  }
  return controls / sample.length > MAX_CONTROL_SHARE;
}
