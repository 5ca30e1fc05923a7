/**
 * Requests Node's HTTP parser refuses before the app sees them — headers over Node's 16 KB limit,
 * malformed request lines — get a Chinese page instead of Node's bare status line. Attached to the
 * server's `clientError` event (src/server.ts); without a listener Node answers itself.
 */
import type { Duplex } from 'node:stream';
import { SECURITY_HEADERS } from './app.ts';
import { Document, renderPage } from './layout/document.tsx';

const ANSWERS: Readonly<Record<string, { status: number; reason: string; message: string }>> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    message: '请求头过大（超过 16 KB），服务器无法处理。请清除本站的 Cookie 后重试。',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    message: '请求超时，请重试。',
  },
};
const BAD_REQUEST = { status: 400, reason: 'Bad Request', message: '请求格式不正确，服务器无法处理。' };

function ClientErrorPage(props: { status: number; message: string }) {
  return (
    <Document meta={{ title: `出错了（${props.status}）`, siteName: '政府信息公开平台' }}>
      <main class="error-page" id="main">
        <h1>无法完成请求</h1>
        <p role="alert">{props.message}</p>
        <p>
          <a href="/">返回首页</a>
        </p>
      </main>
    </Document>
  );
}

/**
 * The raw HTTP response for a parser error code (431 for oversized headers, 408, else 400).
 * @example clientErrorResponse('HPE_HEADER_OVERFLOW') // 'HTTP/1.1 431 Request Header Fields Too Large\r\n…'
 */
export function clientErrorResponse(code: string | undefined): string {
  const answer = (code === undefined ? undefined : ANSWERS[code]) ?? BAD_REQUEST;
  const body = renderPage(<ClientErrorPage status={answer.status} message={answer.message} />);
  const headers = [
    `HTTP/1.1 ${answer.status} ${answer.reason}`,
    'content-type: text/html; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'cache-control: no-store',
    'connection: close',
    ...SECURITY_HEADERS.map(([name, value]) => `${name}: ${value}`),
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

/** The server's `clientError` listener: answers in Chinese when the socket can still be written. */
export function handleClientError(error: Error & { code?: string }, socket: Duplex): void {
  const bytesWritten = (socket as Duplex & { bytesWritten?: number }).bytesWritten ?? 0;
  if (error.code !== 'ECONNRESET' && socket.writable && bytesWritten === 0) {
    socket.end(clientErrorResponse(error.code));
    return;
  }
  socket.destroy(error);
}
