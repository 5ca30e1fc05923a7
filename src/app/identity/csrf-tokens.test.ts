import { describe, expect, it } from 'vitest';
import { csrfTokenFor, newCsrfCookieValue, tokensEqual } from './csrf-tokens.ts';

describe('double-submit CSRF tokens', () => {
  it('are an HMAC of the cookie: same cookie and secret, same token; anything else differs', () => {
    const cookie = newCsrfCookieValue();
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const token = csrfTokenFor('secret-a', cookie);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfTokenFor('secret-a', cookie)).toBe(token);
    expect(csrfTokenFor('secret-b', cookie)).not.toBe(token);
    expect(csrfTokenFor('secret-a', newCsrfCookieValue())).not.toBe(token);
    expect(token).not.toContain(cookie);
  });

  it('compare in constant time and never accept an empty token', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abc', 'abd')).toBe(false);
    expect(tokensEqual('abc', 'abcd')).toBe(false);
    expect(tokensEqual('', '')).toBe(false);
  });
});
