/**
 * Errors with a user-facing Chinese message and an HTTP status. Domain and app code throw these
 * (or DomainError codes mapped in error-page.tsx); one handler renders them.
 */
import type { Role } from '../domain/access/roles.ts';

export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;
  /** For a 403: the roles any of which would have allowed the request (the page names them). */
  readonly neededRoles: readonly Role[];

  constructor(status: HttpError['status'], message: string, options: { neededRoles?: readonly Role[] } = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.neededRoles = options.neededRoles ?? [];
  }
}

export const notFound = (what = '页面') => new HttpError(404, `${what}不存在，或您无权查看。`);

/**
 * A 403. With `neededRoles` the page says which role would allow it and who assigns it.
 * @example forbidden(['reviewer'])
 */
export const forbidden = (neededRoles: readonly Role[] = []) =>
  new HttpError(403, '您没有权限进行此操作。', { neededRoles });
