import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestAccount, movableClock, TestClient } from '../../../test/staff.ts';
import { testEnv } from '../../../test/portal.ts';
import { createLogger } from '../../app/logger.ts';
import { ensureDemoOrgans } from '../../app/demo/demo-organs.ts';
import type { Db } from '../../db/db.ts';
import { createApp } from '../app.ts';
import { ROUTE_MODULES } from '../routes.ts';
import { registerCalendarRoutes } from './calendar.tsx';
import { openTestPglite } from '../../../test/db.ts';

const MODULES = ROUTE_MODULES.includes(registerCalendarRoutes)
  ? ROUTE_MODULES
  : [...ROUTE_MODULES, registerCalendarRoutes];
const YEAR_2027 = {
  year: '2027',
  notice: '国务院办公厅关于2027年部分节假日安排的通知',
  source: 'https://www.gov.cn/zhengce/zhengceku/202711/content_1.htm',
  days: '休 2027-01-01..2027-01-03\r\n休 2027-02-05..2027-02-11\r\n班 2027-02-20',
};

describe('工作日历 over HTTP', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  const signedIn = async (username: string) => {
    const client = new TestClient(app);
    expect((await client.logIn(username)).status).toBe(303);
    return client;
  };
  const count = async (table: string, where = 'true') =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))[0]!.n;
  const multipart = async (client: TestClient, fields: Record<string, string | File>) => {
    const page = await (await client.get('/staff/calendar')).text();
    const form = new FormData();
    form.set('_csrf', /name="_csrf" value="([^"]+)"/.exec(page)![1]!);
    for (const [name, value] of Object.entries(fields)) {
      form.set(name, value);
    }
    return client.request('/staff/calendar/preview', { method: 'POST', body: form });
  };
  const hidden = (html: string) =>
    Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([a-zA-Z]+)" value="([^"]*)"/g)].map((m) => [
        m[1]!,
        m[2]!.replaceAll('&amp;', '&'),
      ]),
    );

  beforeAll(async () => {
    db = await openTestPglite();
    const clock = movableClock('2026-11-22T02:00:00Z');
    const organs = await ensureDemoOrgans({ db, clock });
    const ids = Object.fromEntries(organs.map((o) => [o.slug, o.id]));
    await insertTestAccount(db, 'root.admin', [{ organId: ids.boshan!, role: 'admin' }], {
      displayName: '区管理员',
    });
    await insertTestAccount(db, 'jyj.admin', [{ organId: ids.jyj!, role: 'admin' }], {
      displayName: '教育局管理员',
    });
    await insertTestAccount(db, 'jyj.handler', [{ organId: ids.jyj!, role: 'handler' }], {
      displayName: '张敏',
    });
    app = createApp({ db, clock, env: testEnv(), logger: createLogger('silent') }, MODULES);
  });
  afterAll(() => db.close());

  it('sends anonymous visitors to the sign-in page', async () => {
    const res = await new TestClient(app).get('/staff/calendar');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff/login?next=%2Fstaff%2Fcalendar');
  });

  it('shows every staff member the years, their notices and the provisional years, without the form', async () => {
    const res = await (await signedIn('jyj.handler')).get('/staff/calendar');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('2027 年及以后的放假安排尚未录入');
    expect(html).toContain('国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）');
    expect(html).toContain('<th scope="row">2017</th>');
    expect(html).toContain('休 2018-12-30..2019-01-01');
    expect(html).toContain('只有根机构的管理员可以录入或替换');
    expect(html).not.toContain('action="/staff/calendar/preview"');
  });

  it('refuses previews and saves from anyone but a root-organ administrator (403), writing nothing', async () => {
    for (const username of ['jyj.handler', 'jyj.admin']) {
      const client = await signedIn(username);
      expect((await multipart(client, YEAR_2027)).status).toBe(403);
      expect(
        (
          await client.post(
            '/staff/calendar',
            { ...YEAR_2027, expectedVersion: '0' },
            { csrfFrom: '/staff/calendar' },
          )
        ).status,
      ).toBe(403);
    }
    expect(await count('calendar_years')).toBe(0);
  });

  it('refuses a save without the CSRF token', async () => {
    const client = await signedIn('root.admin');
    expect(
      (await client.post('/staff/calendar', { ...YEAR_2027, expectedVersion: '0', _csrf: 'forged' })).status,
    ).toBe(403);
  });

  it('shows Chinese messages for bad input (422) and keeps what was typed', async () => {
    const client = await signedIn('root.admin');
    const res = await multipart(client, {
      ...YEAR_2027,
      days: '休 2027-01-01\n班 2027-01-05\n休 2027-02-30',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('第 3 行：无法识别的日期或时段「2027-02-30」');
    expect(html).toContain('调休上班日2027年1月5日（星期二）不是周末');
    expect(html).toContain('班 2027-01-05');
    expect(await count('calendar_years')).toBe(0);
  });

  it('previews a typed year, then saves it with an audit record; the page then shows it', async () => {
    const client = await signedIn('root.admin');
    const preview = await multipart(client, YEAR_2027);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('将新增 2027 年度的放假安排');
    expect(html).toContain('2027年2月5日（星期五）至2027年2月11日（星期四）');
    expect(await count('calendar_years')).toBe(0);
    const fields = hidden(html);
    expect(fields).toMatchObject({
      year: '2027',
      expectedVersion: '0',
      days: '休 2027-01-01..2027-01-03\n休 2027-02-05..2027-02-11\n班 2027-02-20',
    });
    const saved = await client.post('/staff/calendar', fields);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/staff/calendar?saved=2027');
    expect(await count('audit_events', "action = 'calendar.create'")).toBe(1);
    const page = await (await client.get('/staff/calendar?saved=2027')).text();
    expect(page).toContain('2027 年度的放假安排已保存');
    expect(page).toContain('2028 年及以后的放假安排尚未录入');
    expect(page).toContain('管理员录入');
    // The same confirmation again is stale: the year is at version 1 now.
    const again = await client.post('/staff/calendar', fields);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('已被他人修改，没有保存');
  });

  it('imports a .json file and replaces an official year, showing the difference first', async () => {
    const client = await signedIn('root.admin');
    const json = JSON.stringify({
      year: 2026,
      notice: '测试替换',
      source: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
      restDays: ['2026-01-01..2026-01-03'],
      workdays: ['2026-01-04'],
    });
    const preview = await multipart(client, {
      year: '',
      notice: '',
      source: '',
      days: '',
      file: new File([json], '2026.json', { type: 'application/json' }),
    });
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('将替换内置的 2026 年度放假安排');
    expect(html).toContain('不再放假');
    const saved = await client.post('/staff/calendar', hidden(html));
    expect(saved.status).toBe(303);
    expect(await count('audit_events', "action = 'calendar.replace'")).toBe(1);
    expect(await (await client.get('/staff/calendar')).text()).toContain('管理员录入（替换内置）');
  });
});
