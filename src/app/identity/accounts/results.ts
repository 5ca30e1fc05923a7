/**
 * What an account use case can answer besides success. The web maps them: invalid → the form
 * again with messages (422), stale → the form with 「该记录已被他人修改…」 (409), forbidden → 403,
 * not_found → 404 (also for accounts the actor may not see: no hint that they exist).
 */
export type FieldErrors = Record<string, string>;

/** A refusal of a use case. */
export type Failure =
  | { ok: false; kind: 'invalid'; errors: FieldErrors }
  | { ok: false; kind: 'stale' }
  | { ok: false; kind: 'forbidden' }
  | { ok: false; kind: 'not_found' };

/** Success with `T`'s fields, or a refusal. */
export type Result<T> = ({ ok: true } & T) | Failure;

/** A form problem, per field. */
export const invalid = (errors: FieldErrors): Failure => ({ ok: false, kind: 'invalid', errors });
/** The record changed since the form was built. */
export const STALE: Failure = { ok: false, kind: 'stale' };
/** The actor may not do this (e.g. a forged organ id). */
export const FORBIDDEN: Failure = { ok: false, kind: 'forbidden' };
/** Unknown, or not visible to the actor. */
export const NOT_FOUND: Failure = { ok: false, kind: 'not_found' };

/** Message shown for a stale submit (the row's version moved on). */
export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试。';
