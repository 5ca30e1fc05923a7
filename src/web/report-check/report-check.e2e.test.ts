import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Db } from '../../db/db.ts';
import { countReportChecks, insertReportCheck } from '../../db/queries/report-checks.ts';
import { buildMinimalPdf } from '../../io/testing/minimal-pdf.ts';
import { buildStoredZip } from '../../io/testing/minimal-zip.ts';
import { renderReport } from '../../render/index.ts';
import { REPORT_2024 } from '../../app/demo/annual-reports.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import { startTestServer, type TestServer } from '../../../test/browser.ts';
import { createTestApp, insertTestOrgans, openTestDb, postForm } from '../../../test/portal.ts';
import { SEED_DIR } from '../../../test/fixtures.ts';
import {
  csrfOf,
  insertTestAccount,
  insertTestTree,
  movableClock,
  TestClient,
  testApp,
} from '../../../test/staff.ts';
import type { AppEnv } from '../context.ts';

const SEED_002 = fs.readFileSync(`${SEED_DIR}/002_2620abe2f7b9fa96.txt`);
const file = (bytes: Uint8Array | string, name: string) =>
  new File([typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes)], name);
const alertOf = (html: string) =>
  /<div class="rc-error" role="alert"[^>]*><p class="rc-error-title">无法检查这份材料<\/p><p>([^<]*)<\/p>/.exec(
    html,
  )?.[1] ?? null;

describe('年报体检 over HTTP', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  beforeAll(async () => {
    db = await openTestDb();
    await insertTestOrgans(db);
    app = createTestApp(db, { maxUploadBytes: 1024 * 1024 }).app;
  });
  afterAll(() => db.close());

  it('shows the form with both ways in, each carrying the CSRF field', async () => {
    const res = await app.request('/tools/report-check');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>年报体检</h1>');
    expect(html.match(/enctype="multipart\/form-data"/g)).toHaveLength(2);
    expect(html.match(/name="_csrf" value="[A-Za-z0-9_-]{20,}"/g)).toHaveLength(2);
    expect(html).toContain('不超过 1 MB');
  });

  const hostile: [string, Record<string, string | File>, number, RegExp][] = [
    ['binary junk', { file: file(crypto.randomBytes(4096), 'report.txt') }, 422, /不是文字|不是可以读取/],
    [
      'a .docx that is not a zip',
      { file: file(crypto.randomBytes(4096), '年报.docx') },
      422,
      /扩展名为 \.docx，但内容不是 Word 文档/,
    ],
    [
      'a zip that is not a Word document',
      { file: file(buildStoredZip({ 'a.txt': 'x' }), '年报.docx') },
      422,
      /是 ZIP 压缩包，但不是 Word 或 Excel 文档（缺少 \[Content_Types\]\.xml 或主文档部件）/,
    ],
    [
      'a PDF without text',
      { file: file(buildMinimalPdf([{ drawing: '10 10 m 200 200 l S' }]), 'scan.pdf') },
      422,
      /PDF 没有文字层/,
    ],
    ['an empty paste', { text: '   \n  ' }, 422, /没有粘贴任何文字/],
    [
      'text that is not a report',
      { file: file('今天天气很好，我们去公园散步。', 'note.txt') },
      422,
      /未识别为政府信息公开工作年度报告/,
    ],
    [
      'a file over the size limit',
      { file: file(Buffer.alloc(1024 * 1024 + 10, 0x41), 'big.txt') },
      413,
      /文件太大，上限为 1 MB/,
    ],
    [
      'a file name with path traversal',
      { file: file(SEED_002, '../../etc/passwd') },
      422,
      /文件名含有不允许的字符/,
    ],
    [
      'a file name with HTML',
      { file: file(SEED_002, '<img src=x onerror=alert(1)>.txt') },
      422,
      /文件名含有不允许的字符/,
    ],
    ['nothing at all', {}, 422, /请选择要上传的报告文件，或粘贴报告全文/],
    ['a file and a paste at once', { file: file(SEED_002, 'a.txt'), text: '报告' }, 422, /请只选择一种方式/],
  ];

  it.each(hostile)(
    'refuses %s with one Chinese message on the form and stores nothing',
    async (_name, fields, status, message) => {
      const res = await postForm(app, '/tools/report-check', fields);
      expect(res.status).toBe(status);
      const html = await res.text();
      expect(alertOf(html)).toMatch(message);
      expect(html).toContain('方式一：上传文件');
      expect(html).not.toContain('<img src=x');
      expect(await countReportChecks(db)).toBe(0);
    },
  );

  it('refuses a form without the CSRF token (multipart too)', async () => {
    const res = await postForm(app, '/tools/report-check', { file: file(SEED_002, '002.txt') }, false);
    expect(res.status).toBe(403);
    expect(await countReportChecks(db)).toBe(0);
  });

  it('checks a seed report and shows identity, summary, findings, the marked tables and downloads', async () => {
    const res = await postForm(app, '/tools/report-check', { file: file(SEED_002, '002 博山区年报.txt') });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/tools\/report-check\/[A-Za-z0-9_-]{32}$/);
    expect(await countReportChecks(db)).toBe(1);
    const html = await (await app.request(location)).text();
    expect(html).toContain('淄博市博山区人民政府 · 2024年度');
    expect(html).toContain('2021年版格式');
    expect(html).toContain('002 博山区年报.txt');
    expect(html).toContain('未发现错误或警告。');
    expect(html).toContain('问题清单（1 项）');
    expect(html).toContain('PROSE_NUMBERS_CHECKED');
    expect(html).toContain('<table class="gk-table gk-table-applications"');
    expect(html).toContain('<meta name="ColumnName" content="年报体检"/>');
    const json = await app.request(`${location}.json`);
    expect(json.headers.get('content-disposition')).toContain('filename="gongkai-check-2024.json"');
    expect(((await json.json()) as { organ: string }).organ).toBe('淄博市博山区人民政府');
    const csv = Buffer.from(await (await app.request(`${location}.csv`)).arrayBuffer()).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const docx = Buffer.from(await (await app.request(`${location}.docx`)).arrayBuffer());
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('reads HTML and Word uploads by content, whatever their names', async () => {
    const html = await renderReport(REPORT_2024, 'html');
    const docx = await renderReport(REPORT_2024, 'docx');
    for (const [bytes, name] of [
      [html, 'report.txt'],
      [docx, 'report.bin'],
    ] as const) {
      const res = await postForm(app, '/tools/report-check', { file: file(bytes, name) });
      expect(res.status).toBe(303);
      const page = await (await app.request(res.headers.get('location')!)).text();
      expect(page).toContain('淄博市博山区人民政府 · 2024年度');
    }
  });

  it('marks injected text in place and lists the error (seed 000)', async () => {
    const res = await postForm(app, '/tools/report-check', {
      text: fs.readFileSync(`${SEED_DIR}/000_5b011f5e8cebd16c.txt`, 'utf8'),
    });
    const result = await app.request(res.headers.get('location')!);
    expect(result.status).toBe(200);
    const html = await result.text();
    expect(html.replace(/<[^>]*>/g, '')).not.toContain('CONTENT_INJECTED'); // the public reads descriptions
    expect(html).toContain('问题类别：与政府报告无关的文字（博彩品牌');
    expect(html).toContain('<mark class="rc-mark rc-mark-error">UedBet体育</mark>');
    expect(html).toMatch(/class="gk-flag gk-flag-error"/);
    expect(html).toContain('粘贴的文字');
  });

  it.each([
    ['/tools/report-check/short'],
    ['/tools/report-check/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['/tools/report-check/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.exe'],
  ])('%s is a 404 page', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('页面不存在');
  });

  it('forgets a result after it expires', async () => {
    const token = 'E'.repeat(32);
    await insertReportCheck(db, {
      token,
      createdAt: new Date('2026-11-01T00:00:00Z'),
      expiresAt: new Date('2026-11-08T00:00:00Z'),
      fileName: null,
      report: REPORT_2024,
      findings: [],
    });
    const res = await app.request(`/tools/report-check/${token}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('检查结果不存在或已过期');
  });

  it('keeps the staff checker behind the sign-in', async () => {
    const res = await app.request('/staff/report-check');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/staff\/login/);
  });
});

describe('年报体检 for staff', () => {
  it('runs inside the staff frame for a signed-in person', async () => {
    const db = await openTestDb();
    const tree = await insertTestTree(db);
    await insertTestAccount(db, 'zhuanyuan', [{ organId: tree.district, role: 'handler' }]);
    const client = new TestClient(testApp(db, movableClock('2026-11-22T08:00:00Z')));
    await client.logIn('zhuanyuan');
    const form = await client.get('/staff/report-check');
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toMatch(/<a href="\/staff\/report-check" aria-current="page">年报体检<\/a>/);
    const body = new FormData();
    body.set('_csrf', csrfOf(html));
    body.set('file', file(SEED_002, '002.txt'));
    const res = await client.request('/staff/report-check', { method: 'POST', body });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/staff\/report-check\/[A-Za-z0-9_-]{32}$/);
    const page = await (await client.get(location)).text();
    expect(page).toContain('测试zhuanyuan');
    expect(page).toContain('淄博市博山区人民政府 · 2024年度');
    expect(page).toContain(`href="${location}.docx"`);
    expect(page).toContain('问题类别：');
    expect(page).toMatch(/<p class="rc-finding-code">代码 <code>[A-Z_]+<\/code><\/p>/); // staff may see codes
    await db.close();
  });
});

describe('年报体检 against a 100 MB body on the real server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ bootstrap: async (deps) => void (await ensureDemoOrgans(deps)) });
  });
  afterAll(() => server.stop());

  it('answers 413 in Chinese before reading the body', async () => {
    const url = new URL(`${server.url}/tools/report-check`);
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(100 * 1024 * 1024),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      request.on('error', reject);
      request.write(Buffer.alloc(64 * 1024, 0x41));
    });
    expect(status).toBe(413);
    expect(body).toMatch(/提交的内容过大|文件太大/);
    expect(await countReportChecks(server.deps.db)).toBe(0);
  });
});
