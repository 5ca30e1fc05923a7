/**
 * Errors of the open data API (and /healthz) as JSON: `{ error: { code, message }, requestId }`,
 * the message in Chinese, the code stable for programs. One table maps statuses to codes; the
 * validation hook turns a zod error into a 400 naming every bad parameter.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { Failure, FailureKind } from '../../app/failures.ts';
import type { AppEnv } from '../context.ts';
import { failureMessage, failureStatus, type FAILURE_STATUS, type FailureWording } from '../failures.ts';

/** The code of each status the API answers with. */
export const API_ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'INVALID_PARAMETER',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'REFUSED',
  410: 'GONE',
  413: 'TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'INVALID_PARAMETER',
  429: 'RATE_LIMITED',
  500: 'INTERNAL_ERROR',
  503: 'UNAVAILABLE',
};

/** The JSON body of an error. */
export type ApiErrorBody = { error: { code: string; message: string }; requestId: string };

/**
 * The body of an error with `status`.
 * @example apiErrorBody(404, '机构不存在。', 'a1') // { error: { code: 'NOT_FOUND', message: '机构不存在。' }, requestId: 'a1' }
 */
export function apiErrorBody(status: number, message: string, requestId: string): ApiErrorBody {
  return { error: { code: API_ERROR_CODES[status] ?? 'ERROR', message }, requestId };
}

/** Answers an error as JSON (a typed response, so OpenAPI handlers may return it). */
export function apiError<S extends ContentfulStatusCode>(c: Context<AppEnv>, status: S, message: string) {
  return c.json(apiErrorBody(status, message, c.get('requestId') ?? '-'), status);
}

/** The API status of a failure kind: `invalid` is a bad parameter here (400), not a form to show again. */
type ApiStatusOf<K extends FailureKind> = K extends 'invalid' ? 400 : (typeof FAILURE_STATUS)[K];

/**
 * A use case's failure as a JSON error (the status from the one failure table, decision 019).
 * @example return apiFailure(c, NOT_FOUND, { what: '该机构' }) // 404 { error: { code: 'NOT_FOUND', … } }
 */
export function apiFailure<K extends FailureKind>(
  c: Context<AppEnv>,
  failure: Failure<K>,
  wording: FailureWording = {},
) {
  const status = (failure.kind === 'invalid' ? 400 : failureStatus(failure)) as ApiStatusOf<K>;
  return apiError(c, status, failureMessage(failure, wording));
}

/**
 * The messages of a zod error, joined (each already names its parameter).
 * @example zodMessage(error) // 'kind：未知的信息类别，可选 …；limit：每页条数须为 1—100 的整数。'
 */
export function zodMessage(error: ZodError): string {
  const messages = [...new Set(error.issues.map((issue) => issue.message))];
  return messages.join('；');
}

/** The OpenAPI routes' hook: a request whose parameters fail the schema gets a 400 with the reasons. */
export function validationHook(
  result: { success: true } | { success: false; error: ZodError },
  c: Context<AppEnv>,
): Response | undefined {
  return result.success ? undefined : apiError(c, 400, zodMessage(result.error));
}
