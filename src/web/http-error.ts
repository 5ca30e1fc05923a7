/**
 * Errors with a user-facing Chinese message and an HTTP status. Domain and app code throw these
 * (or DomainError codes mapped in error-page.tsx); one handler renders them.
 */
export class HttpError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

  constructor(status: HttpError['status'], message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
  }
}

export const notFound = (what = '页面') => new HttpError(404, `${what}不存在，或您无权查看。`);
export const forbidden = () => new HttpError(403, '您没有权限进行此操作。');
