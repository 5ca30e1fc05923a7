/**
 * The central directory of a ZIP archive (APPNOTE 6.3.10 §4.3.12–16), read without inflating
 * anything: the one place that parses ZIP structure for every reader (Word text, Excel imports,
 * upload validation). Refuses what no office file needs and hostile archives use: ZIP64, encryption,
 * more entries than a limit, entries that overlap or leave gaps where a streaming reader would find
 * hidden entries, duplicate or path-like names.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65 535 bytes. */
const MAX_END_RECORD_SEARCH = 22 + 0xffff;
/** A data descriptor (flag bit 3) may follow an entry's data: up to 16 bytes without ZIP64. */
const MAX_GAP_BYTES = 16;

/** One entry, with where its compressed data lies. */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated (anything else is refused when read). */
  method: number;
  compressedSize: number;
  /** The inflated size the directory declares (may lie; readers check it). */
  declaredSize: number;
  dataStart: number;
};

/** Why a directory cannot be used. */
export type ZipDirectoryProblem = 'damaged' | 'too-many-entries' | 'unsupported';

/** The entries, or the problem. */
export type ZipDirectoryResult =
  { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipDirectoryProblem };

/**
 * True when the bytes start like a ZIP archive (local file header or an empty archive).
 * @example hasZipSignature(Buffer.from('PK\x03\x04…')) // true
 */
export function hasZipSignature(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/**
 * Reads and checks the central directory.
 * @param bytes the whole archive
 * @param maxEntries refuse archives with more entries than this (`too-many-entries`)
 * @returns the entries in directory order, or `damaged` (no end record, pointers outside the file,
 *   overlapping entries, hidden data between entries, duplicate or path-like names), `unsupported`
 *   (ZIP64, encrypted entries, split archives)
 * @example readZipDirectory(docx, 1000) // { ok: true, entries: [{ name: '[Content_Types].xml', … }, …] }
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectoryResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === null) {
    return { ok: false, problem: 'damaged' };
  }
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || view.getUint16(end + 4, true) !== 0) {
    return { ok: false, problem: 'unsupported' }; // ZIP64 or a multi-disk archive
  }
  if (count > maxEntries) {
    return { ok: false, problem: 'too-many-entries' };
  }
  if (directoryOffset + directorySize > end) {
    return { ok: false, problem: 'damaged' };
  }
  const entries: ZipEntry[] = [];
  const extents: { start: number; end: number }[] = [];
  const names = new Set<string>();
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    const read = readEntry(view, bytes, offset, directoryOffset);
    if (!read.ok) {
      return read;
    }
    const key = read.entry.name.toLowerCase(); // part names compare case-insensitively (OPC §9.1.1.1)
    if (names.has(key) || !isPlainName(read.entry.name)) {
      return { ok: false, problem: 'damaged' };
    }
    names.add(key);
    entries.push(read.entry);
    extents.push({ start: read.localOffset, end: read.entry.dataStart + read.entry.compressedSize });
    offset = read.next;
  }
  if (offset !== directoryOffset + directorySize || !areContiguous(extents, directoryOffset)) {
    return { ok: false, problem: 'damaged' };
  }
  return { ok: true, entries };
}

type EntryRead =
  | { ok: true; entry: ZipEntry; localOffset: number; next: number }
  | { ok: false; problem: ZipDirectoryProblem };

function readEntry(view: DataView, bytes: Uint8Array, offset: number, directoryOffset: number): EntryRead {
  if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
    return { ok: false, problem: 'damaged' };
  }
  const flags = view.getUint16(offset + 8, true);
  const compressedSize = view.getUint32(offset + 20, true);
  const declaredSize = view.getUint32(offset + 24, true);
  const nameLength = view.getUint16(offset + 28, true);
  const localOffset = view.getUint32(offset + 42, true);
  if ((flags & 0x0001) !== 0 || compressedSize === 0xffffffff || declaredSize === 0xffffffff) {
    return { ok: false, problem: 'unsupported' }; // encrypted, or ZIP64 sizes
  }
  const nameStart = offset + 46;
  if (nameStart + nameLength > view.byteLength || localOffset + 30 > directoryOffset) {
    return { ok: false, problem: 'damaged' };
  }
  if (view.getUint32(localOffset, true) !== LOCAL_FILE_HEADER) {
    return { ok: false, problem: 'damaged' };
  }
  const dataStart =
    localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  if (dataStart + compressedSize > directoryOffset) {
    return { ok: false, problem: 'damaged' };
  }
  const name = entryName(bytes.subarray(nameStart, nameStart + nameLength), (flags & 0x0800) !== 0);
  const next = nameStart + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  return {
    ok: true,
    entry: { name, method: view.getUint16(offset + 10, true), compressedSize, declaredSize, dataStart },
    localOffset,
    next,
  };
}

/**
 * An entry's name: UTF-8 when flag bit 11 says so (APPNOTE 4.4.4) or the bytes are valid UTF-8;
 * otherwise the local code page, which for archives made on Chinese Windows is GBK (decoded as GB18030).
 */
function entryName(raw: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) {
    return new TextDecoder('utf-8').decode(raw);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gb18030').decode(raw);
  }
}

/** Relative names without `..`, empty segments, drive letters or backslashes. */
function isPlainName(name: string): boolean {
  return (
    name !== '' &&
    !name.startsWith('/') &&
    !name.includes('\\') &&
    !name.includes('\0') &&
    !/^[A-Za-z]:/.test(name) &&
    name
      .split('/')
      .every((segment, index, all) => segment !== '..' && (segment !== '' || index === all.length - 1))
  );
}

/**
 * Entries follow one another from the start of the file to the directory, at most a data
 * descriptor apart: no overlap (one compressed block shared by many entries), no room for local
 * entries the directory does not list (streaming readers would inflate them).
 */
function areContiguous(extents: { start: number; end: number }[], directoryOffset: number): boolean {
  const sorted = [...extents].sort((a, b) => a.start - b.start);
  let position = 0;
  for (const extent of sorted) {
    if (extent.start < position || extent.start - position > MAX_GAP_BYTES) {
      return false;
    }
    position = extent.end;
  }
  return directoryOffset >= position && directoryOffset - position <= MAX_GAP_BYTES;
}

function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - MAX_END_RECORD_SEARCH);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      return offset;
    }
  }
  return null;
}
