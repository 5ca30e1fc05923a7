/**
 * What an organ use case answers besides success. The web maps them: invalid → the form again
 * with messages (422), stale → the form with 「该记录已被他人修改，请刷新后重试」 (409),
 * forbidden → 403, not_found → 404 (also for organs the person may not see: no hint they exist).
 */
import type { Clock } from '../clock.ts';
import type { Db } from '../../db/db.ts';

/** What the organ use cases need: the database and the clock (no web types). */
export type OrganDeps = { db: Db; clock: Clock };

/** Field name → Chinese message. */
export type FieldErrors = Record<string, string>;

/** Why a use case did not do what was asked. */
export type OrganFailure =
  | { ok: false; kind: 'invalid'; errors: FieldErrors }
  | { ok: false; kind: 'stale' }
  | { ok: false; kind: 'forbidden' }
  | { ok: false; kind: 'not_found' };

/** Success with data, or a failure. */
export type OrganResult<T> = ({ ok: true } & T) | OrganFailure;

/** A form problem. */
export const invalid = (errors: FieldErrors): OrganFailure => ({ ok: false, kind: 'invalid', errors });
/** The organ changed since the form was shown. */
export const STALE: OrganFailure = { ok: false, kind: 'stale' };
/** The person may see it but not do this. */
export const FORBIDDEN: OrganFailure = { ok: false, kind: 'forbidden' };
/** No such organ, or the person may not see it. */
export const NOT_FOUND: OrganFailure = { ok: false, kind: 'not_found' };

/** Message for a stale submit (the organ's version moved on since the form was shown). */
export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试。';
