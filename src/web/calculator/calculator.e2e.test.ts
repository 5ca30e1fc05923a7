import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestOrgans, openTestDb, testEnv } from '../../../test/portal.ts';
import { fixedClock } from '../../app/clock.ts';
import { createLogger } from '../../app/logger.ts';
import type { Db } from '../../db/db.ts';
import { createApp } from '../app.ts';
import type { AppEnv } from '../context.ts';
import { ROUTE_MODULES } from '../routes.ts';
import { registerCalculatorRoutes } from './routes.tsx';

const MODULES = ROUTE_MODULES.includes(registerCalculatorRoutes)
  ? ROUTE_MODULES
  : [...ROUTE_MODULES, registerCalculatorRoutes];
const meta = (html: string, name: string): string | null =>
  new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? null;

describe('the public 期限计算器', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, html: await res.text(), res };
  };

  beforeAll(async () => {
    db = await openTestDb();
    await insertTestOrgans(db);
    app = createApp(
      { db, clock: fixedClock('2024-10-21T02:00:00Z'), env: testEnv(), logger: createLogger('silent') },
      MODULES,
    );
  });
  afterAll(() => db.close());

  it('shows an empty, labelled GET form with the portal frame and page tags', async () => {
    const { status, html, res } = await get('/calculator');
    expect(status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html.startsWith('<!doctype html><html lang="zh-CN"')).toBe(true);
    expect(meta(html, 'ColumnName')).toBe('期限计算器');
    expect(html).toContain('<form method="get" action="/calculator"');
    expect(html).toContain('<legend>收到申请</legend>');
    expect(html).toContain('<label for="field-received">收到申请之日</label>');
    expect(html).toContain('<label for="field-p3to">');
    expect(html).not.toContain('calc-result-title');
    expect(html).not.toMatch(/\sstyle=|<script/);
  });

  it('computes a deadline with the numbered explanation and how far today is from it', async () => {
    const { status, html } = await get(
      '/calculator?received=2024-09-27&channel=counter&p1reason=thirdParty&p1from=2024-10-08&p1to=2024-10-18',
    );
    expect(status).toBe(200);
    expect(html).toContain('答复期限：2024年11月12日（星期二）');
    expect(html).toContain(
      '<li>2024年9月27日（星期五）收到申请（当面提交：以提交之日为收到申请之日，条例第三十一条）</li>',
    );
    expect(html).toContain(
      '征求第三方意见（2024年10月8日至2024年10月18日），期间 9 个工作日不计入答复期限（第三十三条第三款）',
    );
    expect(html).toContain('今天是2024年10月21日（星期一），距答复期限还有 16 个工作日。');
    // 2024-10-12 is a Saturday made a working day (调休上班): the page says so
    expect(html).toContain('应在2024年10月12日（星期六，调休上班）前一次性告知申请人');
    expect(html).toContain('value="2024-10-08"');
    expect(html).not.toContain('说明：本平台对未明确规则的理解');
  });

  it('shows the setting note where a setting changed the date (fee time, receipt on a rest day)', async () => {
    const { html } = await get(
      '/calculator?received=2024-10-01&p1reason=fee&p1from=2024-10-08&p1to=2024-10-15',
    );
    expect(html).toContain('说明：本平台对未明确规则的理解');
    expect(html).toContain('信息处理费：本平台自发出收费通知之日至收到缴费之日的时间不计入答复期限');
    expect(html).toContain('休息日收到的申请：本平台按实际收到之日计算');
  });

  it('says clearly when a date is provisional, and which holidays of that year are certain', async () => {
    const { html } = await get('/calculator?received=2026-12-06');
    expect(html).toContain('答复期限：<strong>2027年1月4日（星期一）（暂定）</strong>');
    expect(html).toContain(
      '该日期所在年度的放假安排尚未发布：已按《全国年节及纪念日放假办法》计入法定节假日',
    );
    expect(html).toContain('2027年1月1日（星期五，元旦）为法定节假日，已按休息日计算');
  });

  it('says that a 调休 Saturday due date is a working day', async () => {
    // received Monday 2024-09-09: the 20th working day is Saturday 2024-10-12, a 调休上班 day
    const { html } = await get('/calculator?received=2024-09-09');
    expect(html).toContain('答复期限：<strong>2024年10月12日（星期六，调休上班）</strong>');
  });

  it('says when the clock is stopped by an open consultation', async () => {
    const { html } = await get('/calculator?received=2024-09-27&p1reason=coProducer&p1from=2024-10-08&p1to=');
    expect(html).toContain('答复期限：暂停计算中（自2024年10月8日（星期二）起）');
  });

  it.each<[string, string, RegExp]>([
    ['no receipt date', '/calculator?received=', /收到申请之日：请填写收到申请的日期/],
    ['a date that does not exist', '/calculator?received=2023-02-29', /「2023-02-29」不是有效的日期/],
    [
      'an extension beyond 20 working days',
      '/calculator?received=2024-09-27&extend=21',
      /延长的工作日数：延长答复期限最长不得超过 20 个工作日/,
    ],
    [
      'text as an extension',
      '/calculator?received=2024-09-27&extend=%E4%BA%8C%E5%8D%81',
      /延长的工作日数应为整数/,
    ],
    [
      'a pause ending before it starts (in row 2)',
      '/calculator?received=2024-09-27&p2reason=fee&p2from=2024-10-10&p2to=2024-10-08',
      /href="#field-p2from">第 2 个暂停期间的开始日期：第 2 个暂停期间的结束日期/,
    ],
    [
      'a pause without a start',
      '/calculator?received=2024-09-27&p1reason=fee&p1to=2024-10-08',
      /请填写第 1 个暂停期间的开始日期/,
    ],
    [
      'an unknown pause reason',
      '/calculator?received=2024-09-27&p1reason=x&p1from=2024-10-08',
      /请选择第 1 个暂停期间的原因/,
    ],
    [
      'a correction before the receipt',
      '/calculator?received=2024-09-27&correction=2024-09-01',
      /收到补正之日：收到补正的日期/,
    ],
    ['a receipt before 2008', '/calculator?received=2001-01-01', /2008年5月1日/],
    ['a deferral under the 2007 rules', '/calculator?received=2019-01-10&deferred=2019-05-01', /2007年条例/],
    [
      'an unknown channel',
      '/calculator?received=2024-09-27&channel=%3Cscript%3E',
      /提交方式：请选择提交方式/,
    ],
  ])('answers 422 with the form and a Chinese message for %s', async (_name, path, message) => {
    const { status, html } = await get(path);
    expect(status).toBe(422);
    expect(html).toMatch(message);
    expect(html).toContain('<form method="get"');
    expect(html).not.toContain('calc-result-title');
    expect(html).not.toMatch(/<script>|at .*\.ts:/);
  });

  it('is also offered in an organ’s 政府信息公开 column', async () => {
    const { status, html } = await get('/o/czj/gk/calculator?received=2024-09-27');
    expect(status).toBe(200);
    expect(html).toContain('<form method="get" action="/o/czj/gk/calculator"');
    expect(html).toContain('href="/o/czj/gk">政府信息公开</a>');
    expect(html).toContain('答复期限：2024年10月30日（星期三）');
    expect((await get('/o/nobody/gk/calculator')).status).toBe(404);
  });

  it('uses the years administrators entered (the database wins over the built-in data)', async () => {
    await db.query(
      `INSERT INTO calendar_years (year, notice, source, rest_days, work_days, entered_by_name, entered_at)
       VALUES (2027, '测试', 'https://www.gov.cn/', '["2027-01-01","2027-01-04","2027-01-05"]', '[]', '测试', now())`,
    );
    const { html } = await get('/calculator?received=2026-12-10');
    expect(html).toContain('答复期限：2027年1月12日（星期二）');
    expect(html).not.toContain('（暂定）');
    await db.query('DELETE FROM calendar_years');
  });
});
