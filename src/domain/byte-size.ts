/**
 * Byte counts as people read them (1 MB = 1024 × 1024 bytes), defined once: upload limits in forms
 * and messages, and the size of a file in a list.
 */

const MB = 1024 * 1024;

/**
 * Megabytes rounded to a tenth.
 * @example megabytes(20 * 1024 * 1024) // 20
 * @example megabytes(1.5 * 1024 * 1024 + 1) // 1.5
 */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

/**
 * A limit or a size in MB for a message.
 * @example megabytesText(10 * 1024 * 1024) // '10 MB'
 * @example megabytesText(2.5 * 1024 * 1024) // '2.5 MB'
 */
export function megabytesText(bytes: number): string {
  return `${megabytes(bytes)} MB`;
}

/**
 * The size of a file in a list: whole KB (at least 1) under 1 MB, MB to a tenth above.
 * @example fileSizeText(300) // '1 KB'
 * @example fileSizeText(3 * 1024 * 1024) // '3.0 MB'
 */
export function fileSizeText(bytes: number): string {
  return bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / MB).toFixed(1)} MB`;
}
