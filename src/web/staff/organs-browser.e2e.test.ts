import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  screenshot,
  seriousViolations,
  startTestServer,
  type TestServer,
} from '../../../test/browser.ts';
import { bootstrapPlatform } from '../../app/bootstrap.ts';
import { ensureDemoAccounts } from '../../app/demo/demo-accounts.ts';
import { toCsv } from '../../app/organs/csv.ts';

const FIRST_PASSWORD = 'Organ-First-Passw0rd';
const NEW_PASSWORD = 'Organ-Test-Passw0rd';
const HEADER = [
  '名称',
  '简称',
  '网址标识',
  '类型',
  '层级',
  '上级机构',
  '统一社会信用代码',
  '电话',
  '办公时间',
];

describe('organ administration in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  const expectAccessible = async (name: string) => {
    expect(await seriousViolations(page), name).toEqual([]);
    await screenshot(page, name);
  };

  beforeAll(async () => {
    server = await startTestServer({
      bootstrap: (deps) =>
        bootstrapPlatform(
          { ...deps, env: { ...deps.env, adminPassword: FIRST_PASSWORD } },
          { print: () => undefined },
        ),
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    // First sign-in of the bootstrap administrator: the password must be changed first.
    await page.goto(`${server.url}/staff/login`);
    await page.fill('#field-username', 'admin');
    await page.fill('#field-password', FIRST_PASSWORD);
    await Promise.all([page.waitForURL(/\/staff\/password/), page.click('main button[type="submit"]')]);
    await page.fill('#field-currentPassword', FIRST_PASSWORD);
    await page.fill('#field-newPassword', NEW_PASSWORD);
    await page.fill('#field-repeatPassword', NEW_PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}/staff`), page.click('main button[type="submit"]')]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows the 工作台 with the demo district and empty queues', async () => {
    await page.goto(`${server.url}/staff`);
    await expect(page.locator('h1').textContent()).resolves.toBe('工作台');
    await expect(page.locator('.my-organ-name').first().textContent()).resolves.toBe('博山区人民政府');
    await expect(page.locator('.queue-empty').count()).resolves.toBe(5);
    await expectAccessible('organs-workbench');
  });

  it('shows the organ tree', async () => {
    await page.goto(`${server.url}/staff/organs`);
    await expect(page.locator('.organ-table tbody tr').count()).resolves.toBe(9);
    await expectAccessible('organs-list');
  });

  it('creates an organ under the root (after a refused first try that keeps the input) and sees it in the tree', async () => {
    await page.goto(`${server.url}/staff/organs`);
    await Promise.all([page.waitForURL(/\/staff\/organs\/new/), page.click('text=新增机构')]);
    await expectAccessible('organs-new');
    await page.selectOption('#field-parentId', { label: '博山区人民政府' });
    await page.fill('#field-name', '博山区科学技术局');
    await page.fill('#field-shortName', '区科技局');
    await page.fill('#field-slug', 'kjj');
    await page.fill('#field-creditCode', '11370304004218015X');
    await page.fill('#field-phone', '0533-0000200');
    await page.click('main form button[type="submit"]');
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('校验码（第18位）应为 6');
    await expect(page.inputValue('#field-name')).resolves.toBe('博山区科学技术局');
    await expectAccessible('organs-new-errors');
    await page.fill('#field-creditCode', '113703040099001002'.slice(0, 17) + '0');
    const code = await page.inputValue('#field-creditCode');
    expect(code).toHaveLength(18);
    await page.fill('#field-creditCode', '');
    await Promise.all([
      page.waitForURL(/\/staff\/organs\/\d+\?created=1/),
      page.click('main form button[type="submit"]'),
    ]);
    await expect(page.locator('.notice-success').textContent()).resolves.toContain('机构已新增');
    await expectAccessible('organs-edit');
    await page.goto(`${server.url}/staff/organs`);
    await expect(page.locator('.organ-table').textContent()).resolves.toContain('博山区科学技术局');
  });

  it('imports with a preview: errors first, then a clean file', async () => {
    await page.goto(`${server.url}/staff/organs/import`);
    await expectAccessible('organs-import');
    const bad = toCsv([
      HEADER,
      [
        '博山区审计局',
        '区审计局',
        'sjj',
        '政府部门',
        '县级',
        '博山区人民政府',
        '',
        '0533-0000301',
        '周一至周五 8:30—17:30',
      ],
      ['博山区统计局', '区统计局', 'tjj', '部门', '县级', '淄博市人民政府', '11370304004218015X', '', ''],
      ['博山区教育局', '区教育局', 'jyj', '政府部门', '县级', '博山区人民政府', '', '0533-0000999', ''],
    ]);
    await page.setInputFiles('#field-file', {
      name: '机构表.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await Promise.all([
      page.waitForURL(/\/staff\/organs\/import\/[A-Za-z0-9_-]{32}/),
      page.click('main form button[type="submit"]'),
    ]);
    await expect(page.locator('.notice-error').textContent()).resolves.toContain(
      '有 1 行存在错误，整个文件都不会导入',
    );
    await expect(page.locator('.row-invalid').textContent()).resolves.toContain(
      '类型应为人民政府、政府部门、乡镇（街道）、其他之一',
    );
    await expectAccessible('organs-import-preview-errors');
    const good = toCsv([
      HEADER,
      [
        '博山区审计局',
        '区审计局',
        'sjj',
        '政府部门',
        '县级',
        '博山区人民政府',
        '',
        '0533-0000301',
        '周一至周五 8:30—17:30',
      ],
      ['博山区教育局', '区教育局', 'jyj', '政府部门', '县级', '博山区人民政府', '', '0533-0000999', ''],
    ]);
    await page.goto(`${server.url}/staff/organs/import`);
    await page.setInputFiles('#field-file', {
      name: '机构表.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    await Promise.all([
      page.waitForURL(/\/staff\/organs\/import\/[A-Za-z0-9_-]{32}/),
      page.click('main form button[type="submit"]'),
    ]);
    await expectAccessible('organs-import-preview');
    await Promise.all([
      page.waitForURL(/\/staff\/organs\?imported=2/),
      page.click('button:has-text("确认导入")'),
    ]);
    await expect(page.locator('.organ-table').textContent()).resolves.toContain('博山区审计局');
    await screenshot(page, 'organs-list-after-import');
  });

  it('shows a 公开专员 only their own organ, read-only, also on a phone', async () => {
    const accounts = await ensureDemoAccounts(server.deps);
    const handler = accounts.find((a) => a.username === 'jyj-gongkai')!;
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await phone.goto(`${server.url}/staff/login`);
    await phone.fill('#field-username', handler.username);
    await phone.fill('#field-password', handler.password!);
    await Promise.all([phone.waitForURL(/\/staff\/password/), phone.click('main button[type="submit"]')]);
    await phone.fill('#field-currentPassword', handler.password!);
    await phone.fill('#field-newPassword', NEW_PASSWORD);
    await phone.fill('#field-repeatPassword', NEW_PASSWORD);
    await Promise.all([phone.waitForURL(`${server.url}/staff`), phone.click('main button[type="submit"]')]);
    await screenshot(phone, 'organs-workbench-phone');
    await phone.goto(`${server.url}/staff/organs`);
    await expect(phone.locator('.organ-table tbody tr').count()).resolves.toBe(1);
    await expect(phone.locator('text=新增机构').count()).resolves.toBe(0);
    await Promise.all([phone.waitForURL(/\/staff\/organs\/\d+$/), phone.click('.organ-table a')]);
    await expect(phone.locator('.organ-facts').textContent()).resolves.toContain('统一社会信用代码');
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'organs-details-phone');

    // Crossing the line by guessing URLs: another organ's page, its edit form, and the account list.
    const rows = await server.deps.db.query<{ id: number }>(
      "SELECT id FROM organs WHERE slug NOT IN ('jyj') ORDER BY id",
    );
    const other = rows[rows.length - 1]!.id;
    for (const path of [
      `/staff/organs/${other}`,
      `/staff/organs/${other}/edit`,
      `/staff/organs/new?parent=${other}`,
      '/staff/accounts',
    ]) {
      const response = await phone.goto(`${server.url}${path}`);
      expect([403, 404], path).toContain(response?.status());
      await expect(phone.locator('main').textContent(), path).resolves.toMatch(/无权|不存在|没有.{0,6}权限/);
    }
    await screenshot(phone, 'organs-cross-organ-refused');
    await phone.close();
  });
});
