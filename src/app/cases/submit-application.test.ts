import { describe, expect, it } from 'vitest';
import { normalizeQueryCode } from '../../domain/case/query-code.ts';
import {
  hashSubmissionToken,
  isSubmissionTokenValid,
  issueSubmissionToken,
  queryCodeForSubmission,
} from './submit-application.ts';

const SECRET = 'a'.repeat(64);

describe('submission tokens', () => {
  it('are random, bound to the organ and to the server secret', () => {
    const token = issueSubmissionToken(SECRET, 3);
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{43}$/);
    expect(issueSubmissionToken(SECRET, 3)).not.toBe(token);
    expect(isSubmissionTokenValid(SECRET, 3, token)).toBe(true);
    expect(isSubmissionTokenValid(SECRET, 4, token)).toBe(false);
    expect(isSubmissionTokenValid('b'.repeat(64), 3, token)).toBe(false);
  });

  it.each([
    '',
    'nonsense',
    `${'x'.repeat(24)}.${'y'.repeat(43)}`,
    `${'x'.repeat(24)}.${'y'.repeat(43)}.extra`,
  ])('refuse %j', (token) => {
    expect(isSubmissionTokenValid(SECRET, 3, token)).toBe(false);
  });

  it('refuse a token whose nonce was changed', () => {
    const token = issueSubmissionToken(SECRET, 3);
    const tampered = `${token[0] === 'A' ? 'B' : 'A'}${token.slice(1)}`;
    expect(isSubmissionTokenValid(SECRET, 3, tampered)).toBe(false);
  });

  it('give one stored hash and one query code per token', () => {
    const token = issueSubmissionToken(SECRET, 3);
    expect(hashSubmissionToken(token)).toBe(hashSubmissionToken(token));
    expect(hashSubmissionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    const code = queryCodeForSubmission(SECRET, token);
    expect(normalizeQueryCode(code)).toBe(code);
    expect(queryCodeForSubmission(SECRET, token)).toBe(code);
    expect(queryCodeForSubmission('b'.repeat(64), token)).not.toBe(code);
  });
});
