/**
 * Rewrites a PDF for tests of the text-layer reader: every object read through
 * src/io/pdf-text/document.ts and written again (streams inflated, handed to `edit`, deflated),
 * with a fresh cross-reference table — so a test can change a content stream, a CMap or a width
 * and still have a well-formed file.
 */
import { deflateSync } from 'node:zlib';
import { PdfFile } from '../pdf-text/document.ts';
import {
  isDict,
  nameOf,
  PdfName,
  PdfRef,
  PdfStream,
  type PdfDict,
  type PdfObject,
} from '../pdf-text/objects.ts';

/** What kind of stream `edit` is given. */
export type StreamRole = 'content' | 'cmap' | 'font' | 'other';

export type StreamEdit = (data: Buffer, role: StreamRole, num: number) => Buffer;

/**
 * @param bytes a PDF the text-layer reader can open (not encrypted, sound cross-reference)
 * @param edit changes a decoded stream (return it unchanged to keep it)
 */
export function rewritePdf(bytes: Uint8Array, edit: StreamEdit = (data) => data): Buffer {
  const file = new PdfFile(bytes);
  const parts: Buffer[] = [Buffer.from('%PDF-1.6\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets = new Map<number, number>();
  const numbers = file.objectNumbers().filter((num) => {
    const value = file.fetch(new PdfRef(num, 0));
    return !(value instanceof PdfStream && ['XRef', 'ObjStm'].includes(nameOf(value.dict.get('Type')) ?? ''));
  });
  for (const num of numbers) {
    const value = file.fetch(new PdfRef(num, 0));
    let body: Buffer;
    if (value instanceof PdfStream) {
      const decoded = Buffer.from(file.decode(value));
      const data = deflateSync(edit(decoded, roleOf(value, decoded), num));
      const dict = new Map(value.dict);
      dict.delete('DecodeParms');
      dict.set('Filter', PdfName.of('FlateDecode'));
      dict.set('Length', data.length);
      body = Buffer.concat([
        Buffer.from(`${serialize(dict)}\nstream\n`, 'latin1'),
        data,
        Buffer.from('\nendstream'),
      ]);
    } else {
      body = Buffer.from(serialize(value), 'latin1');
    }
    offsets.set(num, length);
    const chunk = Buffer.concat([Buffer.from(`${num} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  }
  const size = Math.max(0, ...numbers) + 1;
  let xref = `xref\n0 ${size}\n0000000000 65535 f\r\n`;
  for (let num = 1; num < size; num += 1) {
    const offset = offsets.get(num);
    xref +=
      offset === undefined ? '0000000000 00000 f\r\n' : `${String(offset).padStart(10, '0')} 00000 n\r\n`;
  }
  const trailer: PdfDict = new Map([['Size', size] as [string, PdfObject]]);
  for (const key of ['Root', 'Info', 'ID']) {
    const value = file.trailer.get(key);
    if (value !== undefined) {
      trailer.set(key, value);
    }
  }
  parts.push(Buffer.from(`${xref}trailer\n${serialize(trailer)}\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function roleOf(stream: PdfStream, data: Buffer): StreamRole {
  const dict = stream.dict;
  if (dict.has('Length1') || dict.has('Length2') || nameOf(dict.get('Subtype')) === 'Type1C') {
    return 'font';
  }
  if (data.includes('begincmap')) {
    return 'cmap';
  }
  if (!dict.has('Type') && !dict.has('Subtype') && (data.includes('BT') || data.includes(' re'))) {
    return 'content';
  }
  return 'other';
}

/** PDF syntax for an object (strings as hex). */
export function serialize(value: PdfObject): string {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  }
  if (typeof value === 'boolean') {
    return String(value);
  }
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'string') {
    return `<${[...value].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('')}>`;
  }
  if (value instanceof PdfName) {
    // `#xx` for white space, delimiters, `#` and bytes outside printable ASCII (tagged PDFs' tags).
    return `/${value.name.replace(/[^!-~]|[#%()/<>[\]{}]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  }
  if (value instanceof PdfRef) {
    return `${value.num} ${value.gen} R`;
  }
  if (Array.isArray(value)) {
    return `[${value.map(serialize).join(' ')}]`;
  }
  if (isDict(value)) {
    return `<<${[...value].map(([k, v]) => `/${k} ${serialize(v)}`).join(' ')}>>`;
  }
  throw new Error('a stream cannot be written inline');
}
