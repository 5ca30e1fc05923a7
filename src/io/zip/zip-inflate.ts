/**
 * Inflates one ZIP entry with a hard output limit. zlib stops as soon as the output passes the
 * limit, so a bomb costs at most `maxBytes` of memory and the time to produce them — whatever the
 * directory declares. An entry that inflates past its declared size is refused as too large (only
 * bombs lie that way); one that falls short of it, as damaged.
 */
import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-directory.ts';

/** The entry's bytes, or why not. */
export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; problem: 'too-large' | 'damaged' | 'unsupported' };

/**
 * @param bytes the whole archive
 * @param entry an entry of readZipDirectory(bytes)
 * @param maxBytes the most this entry may inflate to
 * @returns the inflated bytes; `too-large` past `maxBytes` or past the declared size, `damaged` for
 *   corrupt or short data, `unsupported` for methods other than stored/deflated
 * @example inflateEntry(docx, entries[2], 16 * 1024 * 1024)
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): InflateResult {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxBytes) {
      return { ok: false, problem: 'too-large' };
    }
    return data.length === entry.declaredSize ? { ok: true, bytes: data } : { ok: false, problem: 'damaged' };
  }
  if (entry.method !== 8) {
    return { ok: false, problem: 'unsupported' };
  }
  if (entry.declaredSize > maxBytes) {
    return { ok: false, problem: 'too-large' };
  }
  let inflated: Buffer;
  try {
    // One byte more than declared: a lying entry is caught without inflating the rest of it.
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.declaredSize + 1) });
  } catch (error) {
    // More than declared: a lie that only a bomb tells; anything else is corrupt data.
    const isPastLimit =
      error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
    return { ok: false, problem: isPastLimit ? 'too-large' : 'damaged' };
  }
  return inflated.length === entry.declaredSize
    ? { ok: true, bytes: inflated }
    : { ok: false, problem: 'damaged' };
}
