/**
 * The pages issue 8 named, in a real browser: 审计日志 (sentences, failed sign-ins), 统计 (report
 * tables without inline styles) and the public 年报体检 result (descriptions, not codes); also
 * 栏目设置 and the public 主动公开事项目录, 指南/制度, 政府公报, a 年度报告 item's staff page and its
 * portal report page (decision 029), and the 主动公开 import (upload page and preview). Each page
 * is loaded at desktop and phone width with no CSP violation in the console, no serious axe
 * finding and no sideways scrolling on a phone; screenshots go to UI_SHOTS_DIR (default /tmp/ui-shots).
 */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REPORT_2024 } from '../../app/demo/annual-reports.ts';
import { createLogger } from '../../app/logger.ts';
import { savePortalPage } from '../../app/portal/portal-pages.ts';
import { recheckPublishedItems } from '../../app/publishing/recheck-items.ts';
import { performItemAction } from '../../app/publishing/perform-item-action.ts';
import { reviseItem } from '../../app/publishing/revise-item.ts';
import { createItem } from '../../app/publishing/save-item.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import type { Db } from '../../db/db.ts';
import { insertReportCheck } from '../../db/queries/report-checks.ts';
import { finding } from '../../domain/report/findings.ts';
import { residentIdCheckCharacter } from '../../domain/applicant/id-number.ts';
import { toCsv } from '../../app/organs/csv.ts';
import { uploadItemImport } from '../../app/publishing/import/preview-item-import.ts';
import { testEnv } from '../../../test/portal.ts';
import { actorOn, peopleOf, submission } from '../../../test/publishing.ts';
import { launchBrowser, seriousViolations } from '../../../test/browser.ts';
import { insertGazetteIssue, insertGazetteItem } from '../../../test/gazette.ts';
import {
  insertTestAccount,
  insertTestTree,
  movableClock,
  STAFF_PASSWORD,
  testApp,
} from '../../../test/staff.ts';
import { openTestPglite } from '../../../test/db.ts';

const SHOTS = process.env.UI_SHOTS_DIR ?? '/tmp/ui-shots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const TOKEN = 'U'.repeat(32);

/** A written 指南 for the 教育局 and a published item with an ID number, re-checked. */
async function writeGuideAndFlagAnItem(db: Db, organId: number): Promise<void> {
  const deps = {
    db,
    clock: movableClock('2026-12-06T02:00:00Z'),
    env: testEnv(),
    logger: createLogger('silent'),
  };
  const body =
    '# 一、主动公开\n本机关政府信息分类编排，可在本平台查阅、检索和下载。\n# 二、依申请公开\n## （一）受理机构\n甲区教育局办公室，地址：学府路1号，联系电话：0533-1234567。';
  const saved = await savePortalPage(deps, actorOn(organId, 1, '赵管理', ['admin']), organId, 'guide', 0, {
    bodyFormat: 'text',
    body,
    bodyDocx: null,
  });
  expect(saved.ok).toBe(true);
  const id = `37030419800101123${residentIdCheckCharacter('37030419800101123')}`;
  await db.query(
    `INSERT INTO items (organ_id, kind, status, title, formed_on, genre, body_text, index_number, drafted_by_name,
       published_at, published_version, created_at, updated_at)
     VALUES ($1, 'notice', 'published', '关于困难学生补助发放情况的公示', '2026-11-20', '通知', $2, 'JY/2026-00001',
       '钱专员', now(), 1, now(), now())`,
    [organId, `申请人张三，身份证号${id}，补助500元。`],
  );
  await recheckPublishedItems(deps, organId, { accountId: null, name: '测试' });
}

describe('audit, statistics and checker pages in a real browser', () => {
  let db: Db;
  let server: ServerType;
  let url = '';
  let browser: Browser;
  let page: Page;
  let district = 0;
  const consoleLines: string[] = [];
  let education = 0;
  let importToken = '';
  let gazetteDraft = 0;
  let reportItemId = 0;

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
    db = await openTestPglite();
    const tree = await insertTestTree(db);
    district = tree.district;
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
    education = tree.education;
    await writeGuideAndFlagAnItem(db, tree.education);
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
    reportItemId = await publishReportItem(db, tree.city);
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
    const status = await look('/staff/statistics/reports', 'report-status');
    expect(await status.locator('table.data-table tbody tr').count()).toBeGreaterThan(3);
  });

  it('年报体检 shows the description of a finding, not its code', async () => {
    const shown = await look(`/tools/report-check/${TOKEN}`, 'report-check-result');
    const text = await shown.locator('main').innerText();
    expect(text).toContain('问题类别：与政府报告无关的文字');
    expect(text).not.toContain('CONTENT_INJECTED');
  });

  it('公开指南 editor, the written 指南, the default 制度 and 已发布信息复查 pass axe at both widths', async () => {
    const editor = await look(`/staff/site/guide?organ=${education}`, 'site-guide-editor');
    expect(await editor.locator('main').innerText()).toContain('指南缺少以下内容');
    const guide = await look('/o/jia-jyj/gk/guide', 'portal-guide-written');
    expect(await guide.locator('main').innerText()).toContain('更新于');
    const rules = await look('/o/jia-jyj/gk/rules', 'portal-rules-default');
    expect(await rules.locator('main').innerText()).toContain('默认文本');
    const review = await look(`/staff/items/review?organ=${education}`, 'items-review');
    expect(await review.locator('main').innerText()).toContain('含身份证号码');
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

  it('栏目设置 and the public 主动公开事项目录 pass the same checks', async () => {
    const columns = await look(`/staff/items/columns?organ=${district}`, 'catalogue-columns');
    expect(await columns.locator('table.cat-table tbody tr').count()).toBeGreaterThan(40);
    await page.goto(`${url}/staff/items/directory?organ=${district}`);
    await Promise.all([page.waitForLoadState(), page.click('main form.cat-restore button[type="submit"]')]);
    expect(await page.locator('table.dir-table tbody tr').count()).toBe(8);
    const portal = await look('/o/jia/gk/directory', 'directory-public');
    expect(await portal.locator('a[href="/o/jia/gk/c/budget-1"]').count()).toBe(1);
  });

  it('a 年度报告 item: its page names the report, the portal shows 索引号, the original and both versions', async () => {
    const staff = await look(`/staff/items/${reportItemId}`, 'report-item');
    expect(await staff.locator('.item-facts').innerText()).toContain('2024年度（由已有数据生成');
    const portal = await look('/o/city/gk/reports/2024', 'report-item-portal');
    const text = await portal.locator('main').innerText();
    expect(text).toMatch(/索引号/);
    expect(text).toContain('下载报告原件');
    expect(await portal.locator('.pt-report-versions li').count()).toBe(2);
  });
});

/** A 年度报告 of `organId` rendered from data, published and revised once (two versions). */
async function publishReportItem(db: Db, organId: number): Promise<number> {
  const clock = movableClock('2026-12-05T02:00:00Z');
  const deps = { db, clock, env: testEnv(), logger: createLogger('silent') };
  const people = peopleOf(organId);
  await upsertAnnualReport(db, {
    organId,
    year: 2024,
    report: REPORT_2024,
    publishedOn: null,
    now: clock.now(),
  });
  const form = submission(
    { kind: 'annualReport', genre: '报告', title: '某市人民政府2024年政府信息公开工作年度报告' },
    { report: { year: '2024', source: 'data', file: null } },
  );
  const made = await createItem(deps, people.drafter, organId, form);
  const id = made.ok ? made.itemId : 0;
  const version = async () => (await findItem(db, id))!.version;
  const checklist = { check_secrecy: 'yes', check_disclosure: 'yes', check_accuracy: 'yes' };
  await performItemAction(deps, people.drafter, id, await version(), 'submitForReview', {});
  await performItemAction(deps, people.reviewer, id, await version(), 'approveReview', checklist);
  await performItemAction(deps, people.approver, id, await version(), 'sign', {});
  clock.advance(3_600_000);
  const revised = await reviseItem(deps, people.approver, id, await version(), {
    ...form,
    note: '更正附表',
    warningReason: '',
  });
  expect(revised).toMatchObject({ ok: true });
  return id;
}
