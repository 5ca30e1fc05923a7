/**
 * 表二数据填报 (with errors), 导入表二数据 (upload page, preview with errors, preview ready to
 * confirm), 年度报告报送时限 and 年度报告报送情况 with its download links, in a real browser: each
 * page at desktop and phone width with no CSP violation, no serious axe finding and no sideways
 * scrolling on a phone. The form is filled and submitted through the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousViolations } from '../../../test/browser.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  STAFF_PASSWORD,
  testApp,
} from '../../../test/staff.ts';
import { uploadFiguresImport } from '../../app/annual-report/figures-import.ts';
import { toCsv } from '../../app/organs/csv.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Db } from '../../db/db.ts';
import { openTestPglite } from '../../../test/db.ts';

const SHOTS = process.env.UI_SHOTS_DIR ?? '/tmp/ui-shots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const HEADER = [
  '机关名称',
  '年度',
  '行政许可决定数',
  '行政处罚决定数',
  '行政强制决定数',
  '收费金额（万元）',
  '数据来源系统',
  '备注',
];

describe('entered figures and report pages in a real browser', () => {
  let db: Db;
  let server: ServerType;
  let url = '';
  let browser: Browser;
  let page: Page;
  let education = 0;
  let district = 0;
  const tokens = { bad: '', good: '' };
  const consoleLines: string[] = [];

  const check = async (name: string) => {
    expect(await seriousViolations(page), name).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`), fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling on a phone`,
    ).toBe(true);
    expect(await seriousViolations(page), `${name} (phone)`).toEqual([]);
    expect(
      consoleLines.filter((line) => /Content Security Policy/.test(line)),
      name,
    ).toEqual([]);
    await page.setViewportSize(DESKTOP);
  };
  const look = async (target: string, name: string) => {
    consoleLines.length = 0;
    await page.setViewportSize(DESKTOP);
    const response = await page.goto(`${url}${target}`);
    expect(response?.status(), name).toBe(200);
    await check(name);
  };

  beforeAll(async () => {
    db = await openTestPglite();
    const tree = await insertTestTree(db);
    education = tree.education;
    district = tree.district;
    const roles = [{ organId: tree.city, role: 'admin' as const }];
    const accountId = await insertTestAccount(db, 'admin', roles, { displayName: '赵管理' });
    const clock = movableClock('2026-02-10T02:00:00Z');
    const actor: Actor = {
      accountId,
      username: 'admin',
      displayName: '赵管理',
      roles,
      mustChangePassword: false,
    };
    const stage = async (rows: string[][]) => {
      const staged = await uploadFiguresImport(
        { db, clock },
        actor,
        { bytes: new TextEncoder().encode(toCsv([HEADER, ...rows])), name: '表二.csv' },
        1024 * 1024,
      );
      return staged.ok ? staged.token : '';
    };
    tokens.bad = await stage([
      ['甲区财政局', '2025', '-1', '1.5', '', '0.123456', '财政一体化系统', ''],
      ['不存在的局', '20x5', '', '', '', '', '', ''],
    ]);
    tokens.good = await stage([
      ['甲区财政局', '2025', '7', '2', '0', '12.3456', '财政一体化系统', '按年底数'],
    ]);
    const app = testApp(db, clock);
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const address = server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP })).newPage();
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    await page.goto(`${url}/staff/login`);
    await page.fill('#field-username', 'admin');
    await page.fill('#field-password', STAFF_PASSWORD);
    await Promise.all([page.waitForLoadState(), page.click('main button[type="submit"]')]);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  it('表二数据填报: the form, its errors in Chinese, and a saved entry', async () => {
    await look(`/staff/statistics/figures?organ=${education}&year=2025`, 'report-figures');
    consoleLines.length = 0;
    await page.fill('#field-licensing', '-3');
    await page.fill('#field-feesWanYuan', '0.123456');
    await Promise.all([page.waitForLoadState(), page.click('form.panel button[type="submit"]')]);
    const errors = await page.locator('main').innerText();
    expect(errors).toContain('行政许可本年处理决定数量不能为负数');
    expect(errors).toContain('最多保留 4 位小数');
    await check('report-figures-errors');
    await page.fill('#field-licensing', '12');
    await page.fill('#field-feesWanYuan', '0.5');
    await page.fill('#field-sourceSystem', '省一体化政务服务平台');
    await Promise.all([page.waitForLoadState(), page.click('form.panel button[type="submit"]')]);
    expect(await page.locator('main').innerText()).toContain('已保存');
  });

  it('导入表二数据: the upload page and both previews', async () => {
    await look('/staff/statistics/figures/import', 'report-figures-import');
    await look(`/staff/statistics/figures/import/${tokens.bad}`, 'report-figures-import-errors');
    expect(await page.locator('main').innerText()).toContain('整个文件都不会导入');
    await look(`/staff/statistics/figures/import/${tokens.good}`, 'report-figures-import-ready');
    expect(await page.locator('main').innerText()).toContain('将写入 1 行');
  });

  it('年度报告报送时限 and 年度报告报送情况 with its downloads', async () => {
    await look('/staff/site/report-deadlines', 'report-deadlines');
    await look(`/staff/statistics/reports?organ=${district}&year=2025`, 'report-status-downloads');
    expect(await page.locator('main').innerText()).toContain('下载全部已发布的年度报告');
  });
});
