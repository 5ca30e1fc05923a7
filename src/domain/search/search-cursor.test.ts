import { describe, expect, it } from 'vitest';
import { formatCursor, parseCursor } from './search-params.ts';

describe('search cursor', () => {
  it('reads back what it wrote, by date and by relevance', () => {
    const byDate = { publishedAt: new Date('2024-12-01T00:00:00Z'), sourceId: 42, rank: null };
    expect(parseCursor(formatCursor(byDate))).toEqual(byDate);
    const byRank = { ...byDate, rank: 0.0607927 };
    expect(parseCursor(formatCursor(byRank))).toEqual(byRank);
  });

  it.each([
    '',
    'abc',
    '.',
    '1.',
    '1.1.',
    '99999999999999999999.1',
    '253402300800000.1',
    '999999999999999.1',
    '1.99999999999999999',
    '1.1.1e400',
  ])('refuses %j (no key a hit can have, or one the database refuses)', (text) => {
    expect(parseCursor(text)).toBeNull();
  });

  it('takes the last millisecond of year 9999 and a rank that underflows to 0', () => {
    expect(parseCursor('253402300799999.1')?.publishedAt.toISOString()).toBe('9999-12-31T23:59:59.999Z');
    expect(parseCursor('1.1.1e-400')?.rank).toBe(0);
  });
});
