/**
 * The one mapping of a use case's failure to an HTTP status and a page (decision 019). Form
 * problems (`invalid`, and `stale` where the form can show what is stored now) are rendered by
 * the route with its form and `failureStatus`; every other failure becomes `failureError` and the
 * error handler's page (src/web/error-page.tsx) — one table, no switch per route.
 */
import { STALE_MESSAGE, type Failure, type FailureKind } from '../app/failures.ts';
import { HttpError } from './http-error.ts';

/** The HTTP status of each kind of failure. */
export const FAILURE_STATUS = {
  invalid: 422,
  file: 422,
  too_large: 413,
  refused: 409,
  stale: 409,
  forbidden: 403,
  not_found: 404,
} as const satisfies Record<FailureKind, HttpError['status']>;

/** How a route names what it works on: `what` for 404 (「机构不存在…」), `forbidden` for its own 403 text. */
export type FailureWording = { what?: string; forbidden?: string };

/**
 * The status of a failure.
 * @example failureStatus(STALE) // 409
 */
export function failureStatus<F extends Failure>(failure: F): (typeof FAILURE_STATUS)[F['kind']] {
  return FAILURE_STATUS[failure.kind as F['kind']];
}

/**
 * The Chinese message of a failure.
 * @example failureMessage(NOT_FOUND, { what: '账号' }) // '账号不存在，或您无权查看。'
 * @example failureMessage(forbiddenFor(['reviewer'])) // '您没有权限进行此操作。' (the page names the role)
 */
export function failureMessage(failure: Failure, wording: FailureWording = {}): string {
  switch (failure.kind) {
    case 'invalid':
      return Object.values(failure.errors).join('；');
    case 'file':
    case 'too_large':
    case 'refused':
      return failure.message;
    case 'stale':
      return STALE_MESSAGE;
    case 'forbidden':
      // the roles needed are named by the error page (renderErrorPage's neededRoles), not in the text
      return wording.forbidden ?? '您没有权限进行此操作。';
    case 'not_found':
      return `${wording.what ?? '页面'}不存在，或您无权查看。`;
  }
}

/**
 * The failure as the error to throw: the error handler renders its page with its status.
 * @example throw failureError(result, { what: '机构' })
 */
export function failureError(failure: Failure, wording: FailureWording = {}): HttpError {
  const neededRoles = failure.kind === 'forbidden' ? (failure.roles ?? []) : [];
  return new HttpError(failureStatus(failure), failureMessage(failure, wording), { neededRoles });
}
