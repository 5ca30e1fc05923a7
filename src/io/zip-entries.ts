/**
 * Lists the file names in a ZIP archive by reading its central directory — enough to tell a
 * Word document (`word/document.xml`) from any other zip without unpacking anything.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65 535 bytes. */
const MAX_END_RECORD_SEARCH = 22 + 0xffff;
/** No real .docx has anywhere near this many parts; a bound keeps junk from looping long. */
const MAX_ENTRIES = 100_000;

/** True when the bytes start like a ZIP archive (local file header or an empty archive). */
export function hasZipSignature(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/**
 * Reads the names of the entries of a ZIP archive.
 * @param bytes the whole archive
 * @returns the entry names in central-directory order, or `null` when the archive is damaged
 *   (no end record, or a directory that points outside the file)
 * @example listZipEntries(docxBytes)?.includes('word/document.xml') // true for a Word document
 */
export function listZipEntries(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endOffset = findEndRecord(view);
  if (endOffset === null) {
    return null;
  }
  const entryCount = view.getUint16(endOffset + 10, true);
  const directoryOffset = view.getUint32(endOffset + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let offset = directoryOffset;
  for (let index = 0; index < Math.min(entryCount, MAX_ENTRIES); index += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      return null;
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength > view.byteLength) {
      return null;
    }
    names.push(decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)));
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
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
