import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN_PASSWORD,
  launchBrowser,
  screenshot,
  seriousViolations,
  startTestServer,
  type TestServer,
} from '../../../test/browser.ts';

const NEW_PASSWORD = 'Admin-New-Passw0rd-2026';

describe('the back office in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    page.setDefaultTimeout(5000);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  const scan = async (name: string) => {
    await screenshot(page, name);
    expect(await seriousViolations(page), name).toEqual([]);
  };

  it('signs the administrator in with ADMIN_PASSWORD and forces a new password first', async () => {
    await page.goto(`${server.url}/staff/accounts`);
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    await scan('staff-login');
    await page.locator('#field-username').fill('admin');
    await page.locator('#field-password').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.locator('#field-password-error').textContent()).resolves.toContain(
      '用户名或密码不正确',
    );
    await scan('staff-login-error');
    await page.locator('#field-password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    expect(new URL(page.url()).pathname).toBe('/staff/password');
    await expect(page.getByText('首次登录，请先修改密码').count()).resolves.toBe(1);
    await scan('staff-password-first');
    await page.goto(`${server.url}/staff/audit`);
    expect(new URL(page.url()).pathname).toBe('/staff/password');
    await page.locator('#field-currentPassword').fill(ADMIN_PASSWORD);
    await page.locator('#field-newPassword').fill('short');
    await page.locator('#field-repeatPassword').fill('short');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('密码至少需要 10 个字符');
    await scan('staff-password-error');
    await page.locator('#field-currentPassword').fill(ADMIN_PASSWORD);
    await page.locator('#field-newPassword').fill(NEW_PASSWORD);
    await page.locator('#field-repeatPassword').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '保存新密码' }).click();
    expect(new URL(page.url()).pathname).toBe('/staff');
    await expect(page.locator('h1').first().textContent()).resolves.toContain('工作台');
    await screenshot(page, 'staff-workbench');
  });

  it('creates a user with roles, shows the one-time password once, and lists the account', async () => {
    await page.goto(`${server.url}/staff/accounts/new`);
    await scan('staff-account-new');
    await page.locator('#field-username').fill('zhang.min');
    await page.locator('#field-displayName').fill('张敏');
    const boxes = page.locator('input[name="grants"]');
    expect(await boxes.count()).toBeGreaterThan(5);
    await boxes.nth(6).check(); // second organ row, 公开专员
    await page.getByRole('button', { name: '创建账号' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('账号已创建');
    const password = await page.locator('.one-time-password code').textContent();
    expect(password).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    await scan('staff-account-created');
    await page.goto(`${server.url}/staff/accounts`);
    await expect(page.getByRole('cell', { name: '张敏', exact: true }).count()).resolves.toBe(1);
    await scan('staff-accounts');
    await page.setViewportSize({ width: 390, height: 844 });
    await scan('staff-accounts-phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: /编辑\s*账号\s*张敏/ }).click();
    await scan('staff-account-edit');
    await page.goto(`${server.url}/staff/audit`);
    await expect(page.getByText('新建账号').count()).resolves.toBeGreaterThan(0);
    await scan('staff-audit');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: '退出' }).click();
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    await expect(page.getByText('您已安全退出').count()).resolves.toBe(1);
    await page.goto(`${server.url}/staff/accounts`);
    expect(new URL(page.url()).pathname).toBe('/staff/login');
  });
});
