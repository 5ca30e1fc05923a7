/**
 * The `cursor` of the items list: where the next page starts (the last item of this one), as an
 * opaque base64url token, so clients page by keyset and no page costs more than its own rows.
 */

/** The key of the last item of a page. */
export type ItemCursor = { publishedAt: Date; id: number };

/**
 * The token of a cursor.
 * @example encodeItemCursor({ publishedAt: new Date('2026-12-01T00:00:00Z'), id: 7 }) // 'MTc2NDU0NzIwMDAwMC43'
 */
export function encodeItemCursor(cursor: ItemCursor): string {
  return Buffer.from(`${cursor.publishedAt.getTime()}.${cursor.id}`).toString('base64url');
}

/**
 * The cursor of a token, or null when the token is not one of ours.
 * @example decodeItemCursor('MTc2NDU0NzIwMDAwMC43')?.id // 7
 */
export function decodeItemCursor(token: string): ItemCursor | null {
  if (!/^[A-Za-z0-9_-]{1,48}$/.test(token)) {
    return null;
  }
  const match = /^(\d{1,15})\.([1-9]\d{0,14})$/.exec(Buffer.from(token, 'base64url').toString('latin1'));
  if (match === null) {
    return null;
  }
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? null : { publishedAt: at, id: Number(match[2]) };
}
