/**
 * Convenience readers over zip-directory.ts and zip-inflate.ts: the names in an archive, and one
 * entry's bytes (bounded). Uploads are validated with office-package.ts first.
 */
import { inflateEntry } from './zip-inflate.ts';
import { readZipDirectory, type ZipEntry } from './zip-directory.ts';

/** Archives the platform writes itself (case archives) may hold many files. */
const MAX_LISTED_ENTRIES = 100_000;
/** Default bound for one entry. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/**
 * The entry names in directory order, or null for a damaged or unsupported archive.
 * @example listZipEntries(docxBytes)?.includes('word/document.xml') // true
 */
export function listZipEntries(bytes: Uint8Array): string[] | null {
  const directory = readZipDirectory(bytes, MAX_LISTED_ENTRIES);
  return directory.ok ? directory.entries.map((entry) => entry.name) : null;
}

/**
 * The bytes of entry `name`, or null when it is absent, the archive is damaged or the entry
 * inflates past `maxBytes`.
 * @example readZipEntry(docx, 'word/document.xml')
 */
export function readZipEntry(bytes: Uint8Array, name: string, maxBytes = MAX_ENTRY_BYTES): Uint8Array | null {
  const entry = findZipEntry(bytes, name);
  if (entry === null) {
    return null;
  }
  const inflated = inflateEntry(bytes, entry, maxBytes);
  return inflated.ok ? inflated.bytes : null;
}

/**
 * The directory entry named `name` (exact), or null.
 * @example findZipEntry(docx, 'word/document.xml')?.declaredSize // 227104
 */
export function findZipEntry(bytes: Uint8Array, name: string): ZipEntry | null {
  const directory = readZipDirectory(bytes, MAX_LISTED_ENTRIES);
  return directory.ok ? (directory.entries.find((entry) => entry.name === name) ?? null) : null;
}
