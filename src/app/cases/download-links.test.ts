import { describe, expect, it } from 'vitest';
import {
  isGenuineDownloadToken,
  readDownloadToken,
  signDownloadToken,
  type DownloadClaim,
} from './download-links.ts';

const SECRET = 'a'.repeat(64);
const HASH = 'b'.repeat(64);
const claim: DownloadClaim = {
  caseId: 42,
  item: { kind: 'letter', letterId: 7, format: 'docx' },
  expiresAt: new Date('2024-10-21T02:30:00Z'),
};

describe('download links', () => {
  it('round-trips a signed claim: case id, item, expiry in seconds', () => {
    const token = signDownloadToken(SECRET, HASH, claim);
    expect(token).toMatch(/^42\.l7d\.1729477800\.[A-Za-z0-9_-]{32}$/);
    const read = readDownloadToken(token)!;
    expect(read).toMatchObject(claim);
    expect(isGenuineDownloadToken(SECRET, HASH, read)).toBe(true);
  });

  it('refuses an edited item, expiry or case, another secret and another query code', () => {
    const token = signDownloadToken(SECRET, HASH, claim);
    for (const edited of [
      token.replace('.l7d.', '.l8d.'),
      token.replace('.l7d.', '.l7h.'),
      token.replace('1729477800', '1729477900'),
      token.replace(/^42\./, '43.'),
    ]) {
      expect(isGenuineDownloadToken(SECRET, HASH, readDownloadToken(edited)!), edited).toBe(false);
    }
    expect(isGenuineDownloadToken('c'.repeat(64), HASH, readDownloadToken(token)!)).toBe(false);
    expect(isGenuineDownloadToken(SECRET, 'd'.repeat(64), readDownloadToken(token)!)).toBe(false);
  });

  it('reads nothing from what is not a link (no personal data, no path tricks)', () => {
    for (const text of [
      '',
      'x',
      '42.l7d.1729477800',
      '../../etc/passwd',
      '0.f1.1729477800.' + 'a'.repeat(32),
    ]) {
      expect(readDownloadToken(text), text).toBeNull();
    }
    expect(readDownloadToken(`5.f9.1729477800.${'a'.repeat(32)}`)?.item).toEqual({
      kind: 'released',
      attachmentId: 9,
    });
  });
});
