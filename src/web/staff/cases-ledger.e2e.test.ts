import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfOf, insertTestAccount, movableClock, TestClient } from '../../../test/staff.ts';
import { createLogger } from '../../app/logger.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import { toCsv } from '../../app/organs/csv.ts';
import type { Db } from '../../db/db.ts';
import { createApp } from '../app.ts';
import { ROUTE_MODULES } from '../routes.ts';
import { registerCaseLedgerRoutes } from './cases-ledger.tsx';
import { DEFAULT_PARSE_POOL_SETTINGS } from '../../io/parse-pool/parse-pool.ts';
import { DEFAULT_GAZETTE_FONT } from '../../io/publishing/gazette-font.ts';
import { openTestPglite } from '../../../test/db.ts';

const HEADER = [
  '案件编号',
  '受理日期',
  '申请方式',
  '申请人类型',
  '申请人',
  '身份证号',
  '联系电话',
  '申请内容',
  '办理结果',
  '答复日期',
];
const ROWS = [
  [
    'WEB-1',
    '2024-03-05',
    '网上',
    '自然人',
    '张三',
    '11010519491231002X',
    '13812345678',
    '2023年区级财政决算',
    '予以公开',
    '2024-03-20',
  ],
  [
    'WEB-2',
    '2024-04-01',
    '当面',
    '自然人',
    '李四',
    '',
    '',
    '=HYPERLINK("http://evil.example","点我")',
    '',
    '',
  ],
];
const csvFile = (rows: string[][]) => new TextEncoder().encode(toCsv([HEADER, ...rows]));

describe('the case ledger over HTTP', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let ids: Record<string, number>;
  const casesCount = async () =>
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases'))[0]!.n;
  const signedIn = async (username: string) => {
    const client = new TestClient(app);
    expect((await client.logIn(username)).status).toBe(303);
    return client;
  };
  const upload = async (
    client: TestClient,
    bytes: Uint8Array<ArrayBuffer>,
    name: string,
    organId = ids.jyj!,
  ) => {
    const form = new FormData();
    form.append('_csrf', csrfOf(await (await client.get('/staff/cases/ledger')).text()));
    form.append('organId', String(organId));
    form.append('file', new File([bytes], name));
    return client.request('/staff/cases/ledger', { method: 'POST', body: form });
  };

  beforeAll(async () => {
    db = await openTestPglite();
    const clock = movableClock('2026-11-22T02:00:00Z');
    ids = Object.fromEntries((await ensureDemoOrgans({ db, clock })).map((o) => [o.slug, o.id]));
    await insertTestAccount(db, 'jyj.handler', [{ organId: ids.jyj!, role: 'handler' }], {
      displayName: '张敏',
    });
    await insertTestAccount(db, 'czj.handler', [{ organId: ids.czj!, role: 'handler' }]);
    await insertTestAccount(db, 'district.supervisor', [{ organId: ids.boshan!, role: 'supervisor' }]);
    const env = {
      port: 0,
      host: '127.0.0.1',
      dataDir: '/nonexistent',
      databaseUrl: null,
      adminPassword: null,
      secureCookies: false,
      maxUploadBytes: 1024 * 1024,
      logLevel: 'silent' as const,
      gazetteFont: { path: DEFAULT_GAZETTE_FONT, face: null },
      parsePool: DEFAULT_PARSE_POOL_SETTINGS,
    };
    app = createApp({ db, clock, env, logger: createLogger('silent') }, [
      ...ROUTE_MODULES.filter((m) => m !== registerCaseLedgerRoutes),
      registerCaseLedgerRoutes,
    ]);
  });
  afterAll(() => db.close());

  it('imports through upload → preview → confirm, once, with nothing personal in any URL', async () => {
    const client = await signedIn('jyj.handler');
    const page = await (await client.get('/staff/cases/ledger')).text();
    expect(page).toContain('<option value="' + String(ids.jyj) + '">博山区教育局</option>');
    expect(page).not.toContain('>博山区财政局</option>');
    const before = await casesCount();
    const uploaded = await upload(client, csvFile(ROWS), '2024台账.csv');
    expect(uploaded.status).toBe(303);
    const previewPath = uploaded.headers.get('location')!;
    expect(previewPath).toMatch(/^\/staff\/cases\/ledger\/[A-Za-z0-9_-]{32}$/);
    const preview = await (await client.get(previewPath)).text();
    expect(preview).toContain('将导入 <strong>2</strong> 件');
    expect(preview).toContain('张*（自然人）');
    expect(preview).not.toContain('张三');
    expect(await casesCount()).toBe(before);
    expect((await (await signedIn('czj.handler')).get(previewPath)).status).toBe(404);

    const confirmed = await client.post(previewPath, {}, { csrfFrom: previewPath });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(previewPath);
    expect(await (await client.get(previewPath)).text()).toContain('已导入 2 件');
    expect(await casesCount()).toBe(before + 2);
    expect((await client.post(previewPath, {}, { csrfFrom: previewPath })).status).toBe(303);
    expect(await casesCount()).toBe(before + 2);
  });

  it('shows every error with its row and column, offers the list as CSV, and writes nothing', async () => {
    const client = await signedIn('jyj.handler');
    const before = await casesCount();
    const uploaded = await upload(
      client,
      csvFile([
        ['WEB-3', '2027-01-01', '飞鸽', '自然人', '王五', '', '', '某文件', '不予公开', '2024-01-01'],
      ]),
      'bad.csv',
    );
    const previewPath = uploaded.headers.get('location')!;
    const preview = await (await client.get(previewPath)).text();
    expect(preview).toContain('有 1 行存在错误（共 3 处），整个文件都不会导入');
    expect(preview).toContain('「飞鸽」无法识别');
    expect(preview).not.toContain('确认导入</button>');
    const issues = await client.get(`${previewPath}/issues.csv`);
    expect(issues.headers.get('content-disposition')).toContain(
      'filename="case-ledger-issues.csv"; filename*=UTF-8\'\'',
    );
    expect(await issues.text()).toContain(
      '错误,2,收到申请日期,收到申请日期 2027-01-01 晚于今天（2026-11-22）',
    );
    const confirmed = await client.post(previewPath, {}, { csrfFrom: previewPath });
    expect(confirmed.status).toBe(422);
    expect(await casesCount()).toBe(before);
  });

  it('refuses hostile files and people without 办理 rights on the organ', async () => {
    const client = await signedIn('jyj.handler');
    const html = await upload(
      client,
      new TextEncoder().encode(
        '<!DOCTYPE html><html><body><table><tr><td>受理日期</td></tr></table></body></html>',
      ),
      '台账.xlsx',
    );
    expect(html.status).toBe(422);
    expect(await html.text()).toContain('文件内容是网页（HTML），不是 Excel 表格');
    expect((await upload(client, new Uint8Array(1024 * 1024 + 10), '大.csv')).status).toBe(413);
    const other = await signedIn('czj.handler');
    const refused = await upload(other, csvFile(ROWS), '台账.csv', ids.jyj);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('您不能向该机关导入案件');
    const supervisor = await signedIn('district.supervisor');
    const page = await (await supervisor.get('/staff/cases/ledger')).text();
    expect(page).not.toContain('上传并预览');
    expect(page).toContain('导出台账');
  });

  it('downloads the 公开版 by default and the 内部台账 on request, with ASCII and Chinese file names', async () => {
    const client = await signedIn('jyj.handler');
    const published = await client.get('/staff/cases/export?format=csv');
    expect(published.status).toBe(200);
    expect(published.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(published.headers.get('content-disposition')).toMatch(
      /^attachment; filename="case-ledger-public-all-20261122\.csv"; filename\*=UTF-8''%E4%BE%9D/,
    );
    const text = await published.text();
    expect(text).toContain('张*');
    expect(text).toContain('138****5678');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(text).not.toContain('张三');
    expect(text).not.toContain('11010519491231002X');
    const internal = await (
      await client.get(`/staff/cases/export?format=csv&kind=internal&organ=${ids.jyj}`)
    ).text();
    expect(internal).toContain('张三');
    const xlsx = await client.get('/staff/cases/export');
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect((await client.get('/staff/cases/export?kind=all')).status).toBe(422);
    expect((await (await signedIn('czj.handler')).get(`/staff/cases/export?organ=${ids.jyj}`)).status).toBe(
      404,
    );
    const template = await client.get('/staff/cases/ledger/template.xlsx');
    expect(template.headers.get('content-disposition')).toContain('filename="case-ledger-template.xlsx"');
  });
});
