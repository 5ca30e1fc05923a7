/**
 * What a case use case answers besides success. The web maps them: invalid → the form again with
 * messages (422), refused → the case page with the reason (409), stale → 「该记录已被他人修改」 (409),
 * not_found → 404 (also for cases of organs the person may not work in: no hint they exist).
 */
import type { Clock } from '../clock.ts';
import type { Db } from '../../db/db.ts';

export type CaseDeps = { db: Db; clock: Clock };

export type FieldErrors = Record<string, string>;

export type CaseFailure =
  | { ok: false; kind: 'invalid'; errors: FieldErrors }
  | { ok: false; kind: 'refused'; message: string }
  | { ok: false; kind: 'stale' }
  | { ok: false; kind: 'not_found' };

export type CaseResult<T> = ({ ok: true } & T) | CaseFailure;

export const invalidCase = (errors: FieldErrors): CaseFailure => ({ ok: false, kind: 'invalid', errors });
export const refusedCase = (message: string): CaseFailure => ({ ok: false, kind: 'refused', message });
export const STALE_CASE: CaseFailure = { ok: false, kind: 'stale' };
export const CASE_NOT_FOUND: CaseFailure = { ok: false, kind: 'not_found' };
