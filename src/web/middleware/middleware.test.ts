import { describe, expect, it } from 'vitest';
import { isCrossSite } from './csrf.ts';
import { safeNextPath } from './staff-guard.ts';

describe('request origin', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it.each([
    [
      'a same-origin fetch',
      { 'sec-fetch-site': 'same-origin', origin: 'http://gk.example', host: 'gk.example' },
      false,
    ],
    ['a typed-in address', { 'sec-fetch-site': 'none' }, false],
    ['an old browser without the headers', {}, false],
    ['another site', { 'sec-fetch-site': 'cross-site' }, true],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site' }, true],
    ['a foreign Origin', { origin: 'https://evil.example', host: 'gk.example' }, true],
    ['an opaque Origin', { origin: 'null', host: 'gk.example' }, true],
  ])('%s', (_name, h, expected) => {
    expect(isCrossSite(headers(h))).toBe(expected);
  });
});

describe('the return path after sign-in', () => {
  it.each([
    ['/staff/accounts/3', '/staff/accounts/3'],
    ['/staff', '/staff'],
    ['//evil.example/staff', null],
    ['https://evil.example/staff', null],
    ['/staff/../x', null],
    ['/staff/./login', null],
    ['/staffing', null],
    ['/staff/login', null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});
