import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousViolations, startTestServer, type TestServer } from '../../test/browser.ts';

describe('the server in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('answers /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('shows a Chinese 404 page with a strict CSP and no serious accessibility violation', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('h1').textContent()).resolves.toBe('页面不存在');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
