/**
 * word/document.xml → report text straight from the part's UTF-8 bytes (decision 022, Run E): the
 * markup is scanned as bytes (zip/plain-xml-bytes.ts), tag names are matched as bytes, and only
 * the text a paragraph keeps is decoded — once per paragraph, not the whole part. The walk is the
 * same as the string readers' (ooxml-walker.ts). Bytes that are not UTF-8, or XML outside the byte
 * scanner's plain subset, are decoded and read by ooxml-text.ts exactly as before.
 */
import { isUtf8 } from 'node:buffer';
import { checkAndReadDocumentXml } from './ooxml-text.ts';
import { DocumentWalker, WORD_ELEMENT, WORD_ELEMENT_NAMES, type ParagraphText } from './ooxml-walker.ts';
import { plainAttributes } from './zip/plain-xml.ts';
import { scanPlainXmlBytes } from './zip/plain-xml-bytes.ts';
import { decodeXmlPart } from './zip/xml-part.ts';

/**
 * Reads word/document.xml from its bytes and checks it in the same pass (office-package.ts's
 * MainPartReader).
 * @returns what `checkAndReadDocumentXml(decodeXmlPart(bytes))` gives — the text, or null when the
 *   part is not UTF-8/UTF-16 or walkXml would refuse it
 * @example checkAndReadDocumentBytes(Buffer.from('<w:document><w:body><w:p><w:t>一</w:t></w:p></w:body></w:document>')) // '一'
 */
export function checkAndReadDocumentBytes(bytes: Uint8Array): string | null {
  const text = isUtf8(bytes) ? readPlainBytes(bytes) : null; // UTF-16's byte-order marks are not UTF-8
  if (text !== null) {
    return text;
  }
  const xml = decodeXmlPart(bytes);
  return xml === null ? null : checkAndReadDocumentXml(xml);
}

/** The names of WORD_ELEMENT_NAMES as bytes, indexed by length, for matching without strings. */
const NAMES_BY_LENGTH: readonly (readonly { name: Uint8Array; element: number }[])[] = (() => {
  const byLength: { name: Uint8Array; element: number }[][] = [];
  for (const [name, element] of WORD_ELEMENT_NAMES) {
    (byLength[name.length] ??= []).push({ name: Buffer.from(name, 'latin1'), element });
  }
  return Array.from(byLength, (list) => list ?? []);
})();

/** The WORD_ELEMENT code of the name at bytes[start, end). */
function elementAt(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length >= NAMES_BY_LENGTH.length || bytes[start] !== 0x77 || bytes[start + 1] !== 0x3a) {
    return WORD_ELEMENT.OTHER; // longer than any, or not `w:`
  }
  const candidates = NAMES_BY_LENGTH[length]!;
  for (let c = 0; c < candidates.length; c += 1) {
    const { name, element } = candidates[c]!;
    let k = 2;
    while (k < length && name[k] === bytes[start + k]) {
      k += 1;
    }
    if (k === length) {
      return element;
    }
  }
  return WORD_ELEMENT.OTHER;
}

/**
 * A paragraph collected as UTF-8 bytes and decoded when taken: runs of text are copied from the
 * part (every run lies between ASCII delimiters of valid UTF-8, so the decoded whole equals the
 * joined decoded runs).
 */
class BytesParagraph implements ParagraphText {
  private buffer = Buffer.allocUnsafe(1024);
  private length = 0;

  /** For the walk's own ASCII: a space for w:tab, a line break for w:br. */
  add(text: string): void {
    for (let i = 0; i < text.length; i += 1) {
      this.addByte(text.charCodeAt(i));
    }
  }

  addByte(byte: number): void {
    this.reserve(1);
    this.buffer[this.length] = byte;
    this.length += 1;
  }

  addBytes(source: Uint8Array, start: number, end: number): void {
    this.reserve(end - start);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = start; i < end; i += 1, at += 1) {
      buffer[at] = source[i]!;
    }
    this.length = at;
  }

  take(): string {
    const text = this.length === 0 ? '' : this.buffer.toString('utf8', 0, this.length);
    this.length = 0;
    return text;
  }

  private reserve(bytes: number): void {
    if (this.length + bytes > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
  }
}

/** The text when the bytes are in the byte scanner's plain subset, else null. */
function readPlainBytes(bytes: Uint8Array): string | null {
  const paragraph = new BytesParagraph();
  const walker = new DocumentWalker(paragraph);
  // The codes of the open elements: a close is the innermost open one's (the scan checks the names).
  let open = new Uint8Array(64);
  let depth = 0;
  const isPlain = scanPlainXmlBytes(bytes, {
    open: (nameStart, nameEnd, attributesStart, attributesEnd) => {
      const element = elementAt(bytes, nameStart, nameEnd);
      if (depth === open.length) {
        const grown = new Uint8Array(depth * 2);
        grown.set(open);
        open = grown;
      }
      open[depth] = element;
      depth += 1;
      // Only w:vMerge's attributes are read: decoded for it alone.
      walker.open(
        element,
        element === WORD_ELEMENT.MERGE ? mergeValue(bytes, attributesStart, attributesEnd) : undefined,
      );
    },
    text: (start, end) => {
      if (walker.readsText) {
        paragraph.addBytes(bytes, start, end);
      }
    },
    entity: (code) => {
      if (walker.readsText) {
        paragraph.addByte(code);
      }
    },
    close: () => {
      depth -= 1;
      walker.close(open[depth]!);
    },
  });
  return isPlain ? walker.result() : null;
}

/** The `w:val` of w:vMerge's attribute text, read as plain-xml.ts reads it. */
function mergeValue(bytes: Uint8Array, start: number, end: number): string | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end);
  return plainAttributes(text)['w:val'];
}
