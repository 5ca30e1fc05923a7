/**
 * The one error handler: known errors become a Chinese page with the right status; anything else
 * is logged (with the request id, no personal data) and shown as a plain 500 without internals.
 */
import type { Context } from 'hono';
import { ReportInputError } from '../domain/report/errors.ts';
import type { AppEnv } from './context.ts';
import { HttpError } from './http-error.ts';
import { Document, renderPage } from './layout/document.tsx';

function ErrorPage(props: { status: number; message: string; requestId: string }) {
  return (
    <Document meta={{ title: `出错了（${props.status}）`, siteName: '政府信息公开平台' }}>
      <main class="error-page" id="main">
        <h1>{props.status === 404 ? '页面不存在' : props.status >= 500 ? '服务器出错了' : '无法完成操作'}</h1>
        <p role="alert">{props.message}</p>
        <p class="muted">错误编号：{props.requestId}</p>
        <p>
          <a href="/">返回首页</a>
        </p>
      </main>
    </Document>
  );
}

/** Renders an error as a page (or JSON for /api and /healthz). */
export function renderError(c: Context<AppEnv>, status: number, message: string) {
  const requestId = c.get('requestId') ?? '-';
  if (c.req.path.startsWith('/api/') || c.req.path === '/healthz') {
    return c.json({ error: message, requestId }, status as 400);
  }
  return c.html(
    renderPage(<ErrorPage status={status} message={message} requestId={requestId} />),
    status as 400,
  );
}

/** app.onError handler. */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof HttpError) {
    return renderError(c, error.status, error.message);
  }
  if (error instanceof ReportInputError) {
    return renderError(c, 422, error.message);
  }
  c.get('deps')?.logger.error('unhandled error', {
    requestId: c.get('requestId'),
    path: c.req.path,
    error: error.stack ?? String(error),
  });
  return renderError(c, 500, '服务器内部错误，请稍后再试。如果问题持续出现，请把错误编号告诉管理员。');
}
