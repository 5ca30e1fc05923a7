/**
 * Reads one entry of a ZIP archive (stored or deflated) — all a .docx reader needs. Bounded: an
 * entry that claims to inflate past the limit is refused (zip bombs).
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** Inflated size limit for one entry. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      return offset;
    }
  }
  return null;
}

type EntryLocation = { method: number; compressedSize: number; localOffset: number };

function locate(view: DataView, bytes: Uint8Array, name: string): EntryLocation | null {
  const end = findEndRecord(view);
  if (end === null) {
    return null;
  }
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      return null;
    }
    const nameLength = view.getUint16(offset + 28, true);
    const entryName = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (entryName === name) {
      return {
        method: view.getUint16(offset + 10, true),
        compressedSize: view.getUint32(offset + 20, true),
        localOffset: view.getUint32(offset + 42, true),
      };
    }
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return null;
}

/**
 * Returns the bytes of entry `name`, or null when it is absent or the archive is damaged.
 * @throws Error when the entry inflates past MAX_ENTRY_BYTES or its data is corrupt
 * @example readZipEntry(docx, 'word/document.xml')
 */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entry = locate(view, bytes, name);
  if (
    !entry ||
    entry.localOffset + 30 > view.byteLength ||
    view.getUint32(entry.localOffset, true) !== LOCAL_FILE_HEADER
  ) {
    return null;
  }
  const dataStart =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === 0) {
    return data;
  }
  if (entry.method !== 8) {
    return null;
  }
  return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
}
