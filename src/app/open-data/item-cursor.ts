/**
 * The `cursor` of the items list: where the next page starts (the last item of this one), as an
 * opaque base64url token, so clients page by keyset and no page costs more than its own rows.
 */

/** The key of the last item of a page. */
export type ItemCursor = { publishedKey: string; id: number };

/**
 * The token of a cursor.
 * @param cursor `publishedKey`: the publication time in microseconds since the epoch (digits)
 * @example encodeItemCursor({ publishedKey: '1764547200000000', id: 7 }) // 'MTc2NDU0NzIwMDAwMDAwMC43'
 */
export function encodeItemCursor(cursor: ItemCursor): string {
  return Buffer.from(`${cursor.publishedKey}.${cursor.id}`).toString('base64url');
}

/**
 * The cursor of a token, or null when the token is not one of ours.
 * @example decodeItemCursor('MTc2NDU0NzIwMDAwMDAwMC43')?.id // 7
 */
export function decodeItemCursor(token: string): ItemCursor | null {
  if (!/^[A-Za-z0-9_-]{1,48}$/.test(token)) {
    return null;
  }
  const match = /^(\d{1,17})\.([1-9]\d{0,14})$/.exec(Buffer.from(token, 'base64url').toString('latin1'));
  return match === null ? null : { publishedKey: match[1]!, id: Number(match[2]) };
}
