/**
 * The pages issue 8 named, in a real browser: 审计日志 (sentences, failed sign-ins), 统计 (report
 * tables without inline styles) and the public 年报体检 result (descriptions, not codes); the
 * 主动公开 import (upload page and preview). Each page
 * is loaded at desktop and phone width with no CSP violation in the console, no serious axe
 * finding and no sideways scrolling on a phone; screenshots go to UI_SHOTS_DIR (default /tmp/ui-shots).
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPORT_2024 } from '../../app/demo/annual-reports.ts';
import type { Db } from '../../db/db.ts';
import { migrate } from '../../db/migrate.ts';
import { openPglite } from '../../db/pglite.ts';
import { insertReportCheck } from '../../db/queries/report-checks.ts';
import { finding } from '../../domain/report/findings.ts';
import { createLogger } from '../../app/logger.ts';
import { toCsv } from '../../app/organs/csv.ts';
import { uploadItemImport } from '../../app/publishing/import/preview-item-import.ts';
import { actorOn } from '../../../test/publishing.ts';
import { testEnv } from '../../../test/portal.ts';
import { launchBrowser, seriousViolations } from '../../../test/browser.ts';
import { insertGazetteIssue, insertGazetteItem } from '../../../test/gazette.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  STAFF_PASSWORD,
  testApp,
} from '../../../test/staff.ts';

const SHOTS = process.env.UI_SHOTS_DIR ?? '/tmp/ui-shots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const TOKEN = 'U'.repeat(32);

describe('audit, statistics and checker pages in a real browser', () => {
  let db: Db;
  let server: ServerType;
  let url = '';
  let browser: Browser;
  let page: Page;
  const consoleLines: string[] = [];
  let importToken = '';
  let gazetteDraft = 0;

  /** Loads a page at both widths: no CSP violation, no serious axe finding, no sideways scrolling. */
  const look = async (target: string, name: string) => {
    consoleLines.length = 0;
    await page.setViewportSize(DESKTOP);
    const response = await page.goto(`${url}${target}`);
    expect(response?.status(), name).toBe(200);
    expect(await seriousViolations(page), name).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`), fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name}: no sideways scrolling on a phone`,
    ).toBe(true);
    expect(
      consoleLines.filter((line) => /Content Security Policy/.test(line)),
      name,
    ).toEqual([]);
    return page;
  };

  beforeAll(async () => {
    db = await openPglite(null);
    await migrate(db);
    const tree = await insertTestTree(db);
    const adminId = await insertTestAccount(db, 'admin', [{ organId: tree.city, role: 'admin' }], {
      displayName: '赵管理',
    });
    await insertTestAccount(db, 'jyj', [{ organId: tree.education, role: 'handler' }], {
      displayName: '钱专员',
    });
    await insertReportCheck(db, {
      token: TOKEN,
      createdAt: new Date('2026-12-06T01:00:00Z'),
      expiresAt: new Date('2026-12-13T01:00:00Z'),
      fileName: null,
      report: REPORT_2024,
      findings: [
        finding('CONTENT_INJECTED', 'error', '发现与政府信息公开年度报告无关的文字「UedBet体育」', {
          part: 'overview',
        }),
      ],
    });
    const gazetteItems = [
      await insertGazetteItem(db, tree.city, {
        title: '某市城市绿化管理办法',
        kind: 'rule',
        docNumber: '某市政府令第3号',
      }),
      await insertGazetteItem(db, tree.city, {
        title: '关于做好冬季安全生产工作的通知',
        docNumber: '某政发〔2026〕9号',
      }),
      await insertGazetteItem(db, tree.city, {
        title: '《某市城市绿化管理办法》政策解读',
        kind: 'interpretation',
      }),
    ];
    await insertGazetteIssue(db, tree.city, gazetteItems, {
      title: '某市人民政府公报 2026年第1期',
      published: true,
    });
    gazetteDraft = await insertGazetteIssue(db, tree.city, gazetteItems.slice(0, 2), { number: 2 });
    const clock = movableClock('2026-12-06T02:00:00Z');
    const staged = await uploadItemImport(
      { db, clock, env: testEnv(), logger: createLogger('silent') },
      actorOn(tree.city, adminId, '赵管理', ['admin']),
      {
        sheet: {
          bytes: new TextEncoder().encode(
            toCsv([
              ['索引号', '标题', '发布日期', '类别', '内容概述'],
              [
                'OLD-1',
                '关于<b>春季</b>招生的通知',
                '2024-03-05',
                '工作动态和公告',
                '联系人：张三 13812345678',
              ],
              ['OLD-1', '', '2024-02-30', '新闻', ''],
            ]),
          ),
          name: '目录.csv',
        },
        archive: null,
        organId: tree.city,
        maxBytes: 1024 * 1024,
      },
    );
    importToken = staged.ok ? staged.token : '';
    const app = testApp(db, clock);
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const address = server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP })).newPage();
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    const signIn = async (username: string, password: string) => {
      await page.goto(`${url}/staff/login`);
      await page.fill('#field-username', username);
      await page.fill('#field-password', password);
      await Promise.all([page.waitForLoadState(), page.click('main button[type="submit"]')]);
    };
    await signIn('jyj', 'not-the-password');
    await signIn('admin', STAFF_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  it('审计日志 reads as sentences and shows the failed sign-in', async () => {
    const shown = await look('/staff/audit', 'audit');
    const text = await shown.locator('main').innerText();
    expect(text).toContain('账号「钱专员」登录失败：密码错误。');
    expect(text).toContain('赵管理登录了系统。');
  });

  it('统计 draws the report tables without one CSP violation (was ≈ 25 inline column widths)', async () => {
    const shown = await look('/staff/statistics', 'statistics');
    expect(await shown.locator('table.gk-table-applications col').count()).toBe(10);
    // the widths still apply: the item column of table 三 is the widest
    const widths = await shown
      .locator('table.gk-table-applications col')
      .evaluateAll((cols) => cols.map((c) => (c as HTMLElement).getBoundingClientRect().width));
    expect(Math.max(...widths)).toBe(widths[2]);
  });

  it('年报体检 shows the description of a finding, not its code', async () => {
    const shown = await look(`/tools/report-check/${TOKEN}`, 'report-check-result');
    const text = await shown.locator('main').innerText();
    expect(text).toContain('问题类别：与政府报告无关的文字');
    expect(text).not.toContain('CONTENT_INJECTED');
  });

  it('导入已有网站的信息: the upload page and a preview with errors and masked warnings', async () => {
    const upload = await look('/staff/items/import', 'items-import');
    expect(await upload.locator('main').innerText()).toContain('下载模板');
    const preview = await look(`/staff/items/import/${importToken}`, 'items-import-preview');
    const text = await preview.locator('main').innerText();
    expect(text).toContain('有 1 行存在错误');
    expect(text).toContain('138****5678');
    expect(text).not.toContain('13812345678');
  });

  it('政府公报: a draft issue in the back office and a published issue on the portal', async () => {
    const draft = await look(`/staff/items/gazette/${gazetteDraft}`, 'gazette-draft');
    expect(await draft.locator('main').innerText()).toContain('保存草稿');
    const issue = await look('/o/city/gk/gazette/2026/1', 'gazette-issue');
    const text = await issue.locator('main').innerText();
    expect(text).toContain('目录');
    expect(text).toContain('某市政府令第3号');
  });
});
