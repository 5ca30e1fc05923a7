/** Writes ZIP archives by hand, for tests that need odd or hostile archives. */
import { crc32, deflateRawSync } from 'node:zlib';

/** Already-compressed entry data (see repeatDeflate in hostile-files.ts). */
export type RawDeflated = { deflated: Buffer; size: number; crc: number };

/**
 * One entry: its content (stored, or deflated when `deflate` is set), or raw deflated data.
 * `declaredSize` makes the directory lie about the inflated size.
 */
export type ZipEntrySpec = {
  name: string;
  content: string | Uint8Array | RawDeflated;
  deflate?: boolean;
  declaredSize?: number;
};

type Encoded = { method: number; data: Buffer; size: number; crc: number };

function encode(spec: ZipEntrySpec): Encoded {
  const content = spec.content;
  if (typeof content === 'object' && 'deflated' in content) {
    return { method: 8, data: content.deflated, size: content.size, crc: content.crc };
  }
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return spec.deflate === true
    ? { method: 8, data: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) }
    : { method: 0, data: bytes, size: bytes.length, crc: crc32(bytes) };
}

/**
 * @param entries the entries in order
 * @example buildZip([{ name: 'word/document.xml', content: '<w:document/>', deflate: true }])
 */
export function buildZip(entries: readonly ZipEntrySpec[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const nameBytes = Buffer.from(spec.name, 'utf8');
    const { method, data, size, crc } = encode(spec);
    const declared = spec.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * A stored (uncompressed) archive.
 * @param files name → content
 * @example buildStoredZip({ 'xl/workbook.xml': '<workbook/>' })
 */
export function buildStoredZip(files: Readonly<Record<string, string>>): Buffer {
  return buildZip(Object.entries(files).map(([name, content]) => ({ name, content })));
}

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The package parts every Word document has besides its body. */
export function docxPackageParts(mainContentType = WORD_MAIN): ZipEntrySpec[] {
  return [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${mainContentType}"/></Types>`,
      deflate: true,
    },
    {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
      deflate: true,
    },
  ];
}

/**
 * A minimal, valid Word document: the package parts and `word/document.xml` with `body` inside
 * `<w:body>` (or paragraphs, one per line, when `body` has no markup).
 * @example buildMinimalDocx('一、总体情况\n二、主动公开政府信息情况')
 */
export function buildMinimalDocx(body: string, extra: readonly ZipEntrySpec[] = []): Buffer {
  const xml = body.includes('<')
    ? body
    : body
        .split('\n')
        .map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`)
        .join('');
  return buildZip([
    ...docxPackageParts(),
    {
      name: 'word/document.xml',
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NAMESPACE}"><w:body>${xml}</w:body></w:document>`,
      deflate: true,
    },
    ...extra,
  ]);
}
