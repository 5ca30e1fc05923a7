/**
 * Query codes (查询码) are shown to the applicant once; only their hash is stored, so a database
 * copy does not open the tracking page.
 */
import crypto from 'node:crypto';
import { normalizeQueryCode } from '../../domain/case/query-code.ts';

/** The stored form of a query code (after normalization: case, dashes and look-alikes do not matter). */
export function hashQueryCode(code: string): string {
  return crypto
    .createHash('sha256')
    .update(`gk-query\n${normalizeQueryCode(code) ?? code}`)
    .digest('hex');
}
