import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfOf, insertTestAccount, movableClock, TestClient } from '../../../test/staff.ts';
import { createLogger } from '../../app/logger.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import { toCsv } from '../../app/organs/csv.ts';
import type { Db } from '../../db/db.ts';
import { DEFAULT_GAZETTE_FONT } from '../../io/publishing/gazette-font.ts';
import { createParsePool, DEFAULT_PARSE_POOL_SETTINGS } from '../../io/parse-pool/parse-pool.ts';
import { buildZipBombDocx, repeatDeflate } from '../../io/testing/hostile-files.ts';
import { buildMinimalPdf } from '../../io/testing/minimal-pdf.ts';
import { buildZip } from '../../io/testing/minimal-zip.ts';
import { createApp } from '../app.ts';
import { ROUTE_MODULES } from '../routes.ts';
import { openTestPglite } from '../../../test/db.ts';

const HEADER = ['索引号', '标题', '发布日期', '类别', '正文文件', '附件'];
const csv = (rows: readonly string[][]) => new TextEncoder().encode(toCsv([HEADER, ...rows]));
const row = (n: number, over: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    索引号: `OLD-2024-${n}`,
    标题: `第${n}号通知`,
    发布日期: '2024-05-06',
    类别: '工作动态和公告',
    正文文件: '',
    附件: '',
    ...over,
  };
  return HEADER.map((h) => cells[h]!);
};

describe('importing an existing site over HTTP (hostile inputs)', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let organId: number;
  const pool = createParsePool(DEFAULT_PARSE_POOL_SETTINGS);
  const itemCount = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM items'))[0]!.n;
  const signedIn = async (username: string) => {
    const client = new TestClient(app);
    expect((await client.logIn(username)).status).toBe(303);
    return client;
  };
  const upload = async (
    client: TestClient,
    sheet: { bytes: Uint8Array; name: string },
    archive: { bytes: Uint8Array; name: string } | null = null,
  ) => {
    const form = new FormData();
    form.append('_csrf', csrfOf(await (await client.get('/staff/items/import')).text()));
    form.append('organId', String(organId));
    form.append('sheet', new File([sheet.bytes as Uint8Array<ArrayBuffer>], sheet.name));
    if (archive !== null) {
      form.append('archive', new File([archive.bytes as Uint8Array<ArrayBuffer>], archive.name));
    }
    return client.request('/staff/items/import', { method: 'POST', body: form });
  };
  const refusedWith = async (
    client: TestClient,
    ...args: Parameters<typeof upload> extends [TestClient, ...infer R] ? R : never
  ) => {
    const before = await itemCount();
    const response = await upload(client, ...args);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await itemCount()).toBe(before);
    return response.text();
  };

  beforeAll(async () => {
    db = await openTestPglite();
    const clock = movableClock('2026-12-07T02:00:00Z');
    const organs = await ensureDemoOrgans({ db, clock });
    organId = organs.find((o) => o.slug === 'jyj')!.id;
    await insertTestAccount(db, 'jyj.leader', [{ organId, role: 'approver' }]);
    await insertTestAccount(db, 'jyj.handler', [{ organId, role: 'handler' }]);
    const env = {
      port: 0,
      host: '127.0.0.1',
      dataDir: '/nonexistent',
      databaseUrl: null,
      adminPassword: null,
      secureCookies: false,
      maxUploadBytes: 4 * 1024 * 1024,
      logLevel: 'silent' as const,
      parsePool: DEFAULT_PARSE_POOL_SETTINGS,
      gazetteFont: { path: DEFAULT_GAZETTE_FONT, face: null },
    };
    app = createApp({ db, clock, env, logger: createLogger('silent'), parsePool: pool }, ROUTE_MODULES);
  });
  afterAll(async () => {
    await pool.close();
    await db.close();
  });

  it('is for the organ’s 领导 or 管理员 only', async () => {
    expect((await (await signedIn('jyj.handler')).get('/staff/items/import')).status).toBe(403);
    const page = await (await (await signedIn('jyj.leader')).get('/staff/items/import')).text();
    expect(page).toContain('导入已有网站的信息');
    expect(page).not.toMatch(/\sstyle=/);
  });

  it('imports through upload → preview → confirm; markup in titles stays text, scripts leave bodies', async () => {
    const client = await signedIn('jyj.leader');
    const zip = buildZip([
      {
        name: '正文/1.html',
        content: '<p>正文<img src=x onerror=alert(1)><script>alert(2)</script></p>',
        deflate: true,
      },
      { name: '附件/1.pdf', content: buildMinimalPdf([{ runs: [{ text: 'PDF', x: 72, y: 720 }] }]) },
    ]);
    const title = '<script>alert("标题")</script>';
    const uploaded = await upload(
      client,
      {
        bytes: csv([
          row(1, { 标题: title, 正文文件: '正文/1.html', 附件: '附件/1.pdf' }),
          row(2, { 标题: "=cmd|' /C calc'!A0" }),
        ]),
        name: '目录.csv',
      },
      { bytes: zip, name: '文件.zip' },
    );
    expect(uploaded.status).toBe(303);
    const previewPath = uploaded.headers.get('location')!;
    const preview = await (await client.get(previewPath)).text();
    expect(preview).toContain('将导入 <strong>2</strong> 条信息');
    expect(preview).toContain('&lt;script&gt;');
    expect(preview).not.toContain('<script>alert');
    expect(await itemCount()).toBe(0);
    expect((await client.post(previewPath, {}, { csrfFrom: previewPath })).status).toBe(303);
    expect(await (await client.get(previewPath)).text()).toContain('已导入 2 条信息');
    const items = await db.query<{ title: string; body_html: string }>(
      'SELECT title, body_html FROM items ORDER BY id',
    );
    expect(items.map((i) => i.title)).toEqual([title, "=cmd|' /C calc'!A0"]);
    expect(items[0]!.body_html).toBe('<p>正文</p>');
  });

  it('refuses an empty sheet, a PDF renamed .xlsx and 20,000 rows with a Chinese reason, writing nothing', async () => {
    const client = await signedIn('jyj.leader');
    expect(await refusedWith(client, { bytes: new Uint8Array(0), name: '目录.xlsx' })).toContain(
      '所选目录文件是空的',
    );
    const pdf = buildMinimalPdf([{ runs: [{ text: 'x', x: 1, y: 1 }] }]);
    expect(await refusedWith(client, { bytes: pdf, name: '目录.xlsx' })).toContain(
      '这是 PDF 文件，不是 Excel 表格或 CSV',
    );
    const many = Array.from({ length: 20_000 }, (_, i) => row(i + 10));
    expect(await refusedWith(client, { bytes: csv(many), name: '大目录.csv' })).toContain(
      '超过一次最多导入 5000 行的限制',
    );
  });

  it('refuses a ZIP with ../ names, and shows zip bombs and disguised files as row errors', async () => {
    const client = await signedIn('jyj.leader');
    const traversal = buildZip([{ name: '../x.html', content: '<p>x</p>' }]);
    expect(
      await refusedWith(
        client,
        { bytes: csv([row(30, { 正文文件: '../x.html' })]), name: 'a.csv' },
        { bytes: traversal, name: 'a.zip' },
      ),
    ).toContain('不安全的文件名');
    const bomb = repeatDeflate('0', 64 * 1024 * 1024);
    const zip = buildZip([
      { name: 'bomb.pdf', content: bomb },
      { name: 'bomb.docx', content: buildZipBombDocx(100 * 1024 * 1024) },
      { name: 'fake.docx', content: buildMinimalPdf([{ runs: [{ text: 'x', x: 1, y: 1 }] }]) },
    ]);
    const uploaded = await upload(
      client,
      { bytes: csv([row(31, { 附件: 'bomb.pdf；bomb.docx；fake.docx；missing.pdf' })]), name: 'b.csv' },
      { bytes: zip, name: 'b.zip' },
    );
    expect(uploaded.status).toBe(303);
    const previewPath = uploaded.headers.get('location')!;
    const preview = await (await client.get(previewPath)).text();
    expect(preview).toContain('「bomb.pdf」解压后超过 20 MB（或是压缩炸弹）');
    expect(preview).toMatch(/「bomb\.docx」的内容/);
    expect(preview).toContain('「fake.docx」的内容是PDF，与扩展名不符');
    expect(preview).toContain('ZIP 中没有文件「missing.pdf」');
    const before = await itemCount();
    expect((await client.post(previewPath, {}, { csrfFrom: previewPath })).status).toBe(422);
    expect(await itemCount()).toBe(before);
  });
});
