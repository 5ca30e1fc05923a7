/**
 * The staff search boxes in a real browser (decision 036): a 公开专员 types into the 办件 queue's
 * box and the 主动公开 list's box, gets results (masked names) or the Chinese message next to the
 * box; every screen is scanned by axe and must not scroll sideways on a phone.
 */
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createLogger } from '../../app/logger.ts';
import type { Db } from '../../db/db.ts';
import { launchBrowser, seriousViolations } from '../../../test/browser.ts';
import { insertTestOrgans, openTestDb, testEnv } from '../../../test/portal.ts';
import { insertTestAccount, movableClock, STAFF_PASSWORD, TestClient } from '../../../test/staff.ts';
import { createApp } from '../app.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

describe('the staff search boxes in a real browser', { timeout: 240_000 }, () => {
  let db: Db;
  let server: ServerType;
  let url = '';
  let browser: Browser;
  let page: Page;

  /** No serious/critical axe findings and no sideways scrolling on a phone. */
  const look = async (name: string) => {
    expect(await seriousViolations(page), name).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling on a phone`,
    ).toBe(true);
    await page.setViewportSize(DESKTOP);
  };
  /** Types into the box and submits its form. */
  const searchIn = async (box: string, text: string) => {
    await page.fill(box, text);
    await Promise.all([page.waitForLoadState('load'), page.press(box, 'Enter')]);
    await page.waitForURL(/[?&]q=/);
  };

  beforeAll(async () => {
    db = await openTestDb();
    const organId = (await insertTestOrgans(db)).root;
    await insertTestAccount(db, 'handler', [{ organId, role: 'handler' }]);
    const clock = movableClock('2026-12-01T02:00:00Z');
    const app = createApp({ db, clock, env: testEnv(), logger: createLogger('silent') });
    const client = new TestClient(app);
    await client.logIn('handler');
    const registered = await client.post('/staff/cases/new', {
      organId: String(organId),
      channel: 'counter',
      receivedOn: '2026-12-01',
      kind: 'naturalPerson',
      name: '欧阳娜娜',
      idType: 'residentIdCard',
      idNumber: '11010519491231002X',
      phone: '13800138000',
      email: '',
      address: '山东省淄博市博山区某路1号',
      postcode: '255200',
      items: '2026年公租房分配名单及分配依据',
      provisionForm: 'paper',
      obtainWay: 'post',
    });
    expect(registered.status).toBe(201);
    const drafted = await client.post(`/staff/items/new?organ=${organId}`, {
      kind: 'notice',
      genre: '通知',
      bodyFormat: 'text',
      title: '关于2026年学生资助工作的通知',
      docNumber: '博政发〔2026〕5号',
      body: '各学校：现将家庭经济困难学生认定工作有关事项通知如下。',
    });
    expect(drafted.status).toBe(303);
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const address = server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP })).newPage();
    await page.goto(`${url}/staff/login`);
    await page.fill('#field-username', 'handler');
    await page.fill('#field-password', STAFF_PASSWORD);
    await Promise.all([page.waitForURL(`${url}/staff`), page.click('main button[type="submit"]')]);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  it('finds a case by the applicant name and shows it masked; explains text it cannot search', async () => {
    await page.goto(`${url}/staff/cases?queue=all`);
    await searchIn('#filter-q', '欧阳娜娜');
    await expect(page.locator('.cases-table tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('.cases-table tbody').textContent()).resolves.toContain('欧阳**');
    await expect(page.locator('.cases-table tbody').textContent()).resolves.not.toContain('欧阳娜娜');
    await look('cases-search-found');
    await searchIn('#filter-q', '\u200b');
    await expect(page.locator('#filter-q-error').textContent()).resolves.toContain(
      '检索词中没有可查找的文字',
    );
    await expect(page.locator('#filter-q').getAttribute('aria-invalid')).resolves.toBe('true');
    await look('cases-search-message');
  });

  it('finds a draft by its 文号 written with other brackets, and explains an over-long text', async () => {
    await page.goto(`${url}/staff/items`);
    await searchIn('#items-q', '博政发[2026]5号');
    await expect(page.locator('.search-summary').textContent()).resolves.toContain('找到 1 条');
    await expect(page.locator('.items-table tbody').textContent()).resolves.toContain('学生资助工作');
    await look('items-search-found');
    await page.goto(`${url}/staff/items?q=${encodeURIComponent('学'.repeat(101))}`);
    await expect(page.locator('#items-q-error').textContent()).resolves.toContain('检索词过长');
    await look('items-search-message');
  });
});
