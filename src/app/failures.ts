/**
 * The one failure type of every use case (decision 019). A use case answers `{ ok: true, … }` or
 * one of these; src/web/failures.ts maps each kind to one HTTP status and page, so no route keeps
 * its own table:
 *
 * | kind        | meaning                                                    | HTTP |
 * |-------------|------------------------------------------------------------|------|
 * | `invalid`   | the form has problems, one Chinese message per field       | 422  |
 * | `file`      | the uploaded file cannot be used (type, content, layout)   | 422  |
 * | `too_large` | the upload is over the size limit                          | 413  |
 * | `refused`   | the request is understood but the rules say no (a reason)  | 409  |
 * | `stale`     | the record changed since the form was shown                | 409  |
 * | `forbidden` | the person may see this but not do it (with the roles that may) | 403 |
 * | `not_found` | no such record — or one the person may not see (no hint it exists) | 404 |
 */
import type { Role } from '../domain/access/roles.ts';
import type { FieldErrors } from '../domain/field-errors.ts';

export type { FieldErrors };

type AnyFailure =
  | { ok: false; kind: 'invalid'; errors: FieldErrors }
  | { ok: false; kind: 'file'; message: string }
  | { ok: false; kind: 'too_large'; message: string }
  | { ok: false; kind: 'refused'; message: string }
  | { ok: false; kind: 'stale' }
  | { ok: false; kind: 'forbidden'; roles?: readonly Role[] }
  | { ok: false; kind: 'not_found' };

/** The kinds of failure. */
export type FailureKind = AnyFailure['kind'];

/**
 * A failure; `Failure<'invalid' | 'stale'>` names the kinds one use case can answer.
 * @example const f: Failure<'stale'> = STALE
 */
export type Failure<K extends FailureKind = FailureKind> = Extract<AnyFailure, { kind: K }>;

/**
 * Success with `T`'s fields, or a failure of the kinds `K`.
 * @example Promise<Result<{ organ: Organ }, 'invalid' | 'forbidden'>>
 */
export type Result<T, K extends FailureKind = FailureKind> = ({ ok: true } & T) | Failure<K>;

/** A form problem, per field. */
export const invalid = (errors: FieldErrors): Failure<'invalid'> => ({ ok: false, kind: 'invalid', errors });
/** An unusable upload, with the reason. */
export const badFile = (message: string): Failure<'file'> => ({ ok: false, kind: 'file', message });
/** An upload over the limit, with the limit in words. */
export const tooLarge = (message: string): Failure<'too_large'> => ({
  ok: false,
  kind: 'too_large',
  message,
});
/** The rules refuse the step; the message says why. */
export const refused = (message: string): Failure<'refused'> => ({ ok: false, kind: 'refused', message });
/** The record changed since the form was built. */
export const STALE: Failure<'stale'> = { ok: false, kind: 'stale' };
/** The person may not do this (no roles named: the page does not say who may). */
export const FORBIDDEN: Failure<'forbidden'> = { ok: false, kind: 'forbidden' };
/** Unknown, or not visible to the person. */
export const NOT_FOUND: Failure<'not_found'> = { ok: false, kind: 'not_found' };

/**
 * The person may not do this; one of `roles` on the organ may.
 * @example forbiddenFor(['reviewer', 'leader'])
 */
export const forbiddenFor = (roles: readonly Role[]): Failure<'forbidden'> => ({
  ok: false,
  kind: 'forbidden',
  roles,
});

/** Message for a stale submit (the record's version moved on since the form was shown). */
export const STALE_MESSAGE = '该记录已被他人修改，请刷新后重试。';
