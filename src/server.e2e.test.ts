/**
 * The real server (Node's HTTP parser in front of the app): requests it refuses before the app
 * sees them get a Chinese page. app.request() cannot test this — it bypasses the parser.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/browser.ts';

/** Sends raw bytes and reads everything the server answers until it closes the connection. */
function rawRequest(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) =>
      chunks.length > 0 ? resolve(Buffer.concat(chunks).toString()) : reject(error),
    );
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.write(request);
  });
}

describe('the HTTP server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ bootstrap: () => Promise.resolve() });
  });
  afterAll(() => server.stop());

  it('answers headers over 16 KB with 431 and a Chinese page', async () => {
    const cookie = `gk_junk=${'x'.repeat(20 * 1024)}`;
    const answer = await rawRequest(
      server.url,
      `GET / HTTP/1.1\r\nHost: localhost\r\nCookie: ${cookie}\r\n\r\n`,
    );
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(head).toContain('content-type: text/html; charset=utf-8');
    expect(head).toContain("content-security-policy: default-src 'self'");
    expect(body).toContain('<!doctype html><html lang="zh-CN"');
    expect(body).toContain('请求头过大（超过 16 KB），服务器无法处理。请清除本站的 Cookie 后重试。');
    expect(Buffer.byteLength(body!)).toBe(Number(/content-length: (\d+)/.exec(head!)![1]));
  });

  it('answers a malformed request with 400 in Chinese, and keeps serving', async () => {
    const answer = await rawRequest(server.url, 'NONSENSE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('请求格式不正确，服务器无法处理。');
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
