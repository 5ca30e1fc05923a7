import { describe, expect, it } from 'vitest';
import { feedId, uuidV5 } from './feed-ids.ts';

const NS = '0f5b3c1e-8d2a-4c7b-9e61-3a2d4b5c6d7e';

describe('permanent feed ids', () => {
  it('computes RFC 9562 name-based UUIDs (the RFC’s own example)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('gives each subject one id, the same every time, different per subject and per installation', () => {
    const ids = [
      feedId(NS, { kind: 'item', id: 42 }),
      feedId(NS, { kind: 'reply', id: 42 }),
      feedId(NS, { kind: 'organFeed', organId: 42 }),
      feedId(NS, { kind: 'columnFeed', organId: 42, columnId: 1 }),
      feedId(NS, { kind: 'repliesFeed', organId: 42 }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(feedId(NS, { kind: 'item', id: 42 })).toBe(ids[0]);
    expect(feedId('1f5b3c1e-8d2a-4c7b-9e61-3a2d4b5c6d7e', { kind: 'item', id: 42 })).not.toBe(ids[0]);
  });

  it('refuses a namespace that is not a UUID', () => {
    for (const bad of ['', 'x', `${NS}0`, NS.toUpperCase(), '../../etc']) {
      expect(() => uuidV5(bad, 'item/1'), bad).toThrow('namespace is not a UUID');
    }
  });
});
