/**
 * Checks an .xlsx (a ZIP archive) before a spreadsheet library unpacks it: the library inflates
 * everything into memory without a limit, so a zip bomb (a few kilobytes that inflate to
 * gigabytes) or a huge sheet would take the server down. Every entry is inflated here with a hard
 * output limit, and the archive is refused when the total passes MAX_INFLATED_BYTES or an entry
 * inflates to more than it declares.
 */
import { inflateRawSync } from 'node:zlib';

/** An organ list of 1,000 rows is well under 1 MB of XML; this leaves room for styles. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;
const MAX_ENTRIES = 500;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** One central-directory entry. */
export type ZipEntryInfo = {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};

/** Safe (with the entry names) or why not. */
export type ZipCheck =
  { isSafe: true; names: string[] } | { isSafe: false; reason: 'damaged' | 'too-large' | 'unsupported' };

function findEnd(view: DataView): number | null {
  for (let offset = view.byteLength - 22; offset >= Math.max(0, view.byteLength - 22 - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      return offset;
    }
  }
  return null;
}

/** Reads the central directory, or null when it is damaged. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === null) {
    return null;
  }
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      return null;
    }
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/**
 * Inflates every entry with a bound and checks the totals.
 * @example checkZip(xlsxBytes) // { isSafe: true, names: ['[Content_Types].xml', 'xl/workbook.xml', …] }
 */
export function checkZip(bytes: Uint8Array, maxInflated = MAX_INFLATED_BYTES): ZipCheck {
  const entries = readCentralDirectory(bytes);
  if (entries === null) {
    return { isSafe: false, reason: 'damaged' };
  }
  if (entries.length > MAX_ENTRIES) {
    return { isSafe: false, reason: 'too-large' };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      return { isSafe: false, reason: 'unsupported' }; // ZIP64: never needed for an organ list
    }
    total += entry.size;
    if (total > maxInflated) {
      return { isSafe: false, reason: 'too-large' };
    }
    const local = entry.localOffset;
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_FILE_HEADER) {
      return { isSafe: false, reason: 'damaged' };
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) {
      return { isSafe: false, reason: 'damaged' };
    }
    const result = inflatedSize(entry.method, data, entry.size);
    if (result !== entry.size) {
      return {
        isSafe: false,
        reason: result === 'too-large' ? 'too-large' : result === 'unsupported' ? 'unsupported' : 'damaged',
      };
    }
  }
  return { isSafe: true, names: entries.map((e) => e.name) };
}

function inflatedSize(
  method: number,
  data: Uint8Array,
  declared: number,
): number | 'too-large' | 'unsupported' | 'damaged' {
  if (method === 0) {
    return data.length;
  }
  if (method !== 8) {
    return 'unsupported';
  }
  try {
    // One byte more than declared: an entry that lies about its size is caught without inflating it all.
    return inflateRawSync(data, { maxOutputLength: declared + 1 }).length;
  } catch (error) {
    return error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? 'too-large'
      : 'damaged';
  }
}
