import { describe, expect, it } from 'vitest';
import { decodeItemCursor, encodeItemCursor } from './item-cursor.ts';

describe('item cursor', () => {
  it('round-trips the publication time to the microsecond and the id', () => {
    const cursor = { publishedKey: '1764547200123456', id: 42 };
    expect(decodeItemCursor(encodeItemCursor(cursor))).toEqual(cursor);
  });

  it.each([
    '',
    '!!!',
    'x'.repeat(49),
    Buffer.from('12.0').toString('base64url'),
    Buffer.from('abc.1').toString('base64url'),
  ])('refuses %j', (token) => {
    expect(decodeItemCursor(token)).toBeNull();
  });
});
