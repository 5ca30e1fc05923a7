import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { TRACK_POLICY } from '../../app/cases/track-case.ts';
import { insertLetter } from '../../db/queries/case-records.ts';
import { findCase, updateCaseSnapshot } from '../../db/queries/cases.ts';
import type { LocalDate } from '../../domain/calendar/local-date.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestOrgans, TEST_NOW } from '../../../test/portal.ts';
import { movableClock, type MovableClock } from '../../../test/staff.ts';
import type { AppEnv } from '../context.ts';
import { createApplyApp, openForm, postMultipart, receiptOf, validFields } from './apply.test-support.ts';

const FORM = '/o/boshan/gk/apply/form';
const GENERIC = '案件编号或查询码不正确，请核对申请回执后重新输入。';

describe.each(await backends())('the progress lookup on $name', (backend) => {
  let testDb: TestDb;
  let app: Hono<AppEnv>;
  let clock: MovableClock;
  let caseNumber: string;
  let queryCode: string;
  let caseId: number;

  beforeAll(async () => {
    testDb = await backend.open();
    await insertTestOrgans(testDb.db);
    clock = movableClock(TEST_NOW);
    app = createApplyApp(testDb.db, { clock }).app;
    const form = await openForm(app, FORM);
    const res = await postMultipart(app, FORM, form.cookie, {
      _csrf: form.csrf,
      submissionToken: form.submissionToken,
      ...validFields('naturalPerson'),
    });
    ({ caseNumber, queryCode } = receiptOf(await res.text()));
    caseId = Number(
      (await testDb.db.query<{ id: string }>('SELECT id FROM cases WHERE case_number = $1', [caseNumber]))[0]!
        .id,
    );
  });
  afterAll(() => testDb.dispose());

  /** Posts the lookup form as a fresh visitor. */
  async function lookUp(number: string, code: string, withCsrf = true) {
    const form = await openForm(app, '/track');
    return app.request('/track', {
      method: 'POST',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ...(withCsrf ? { _csrf: form.csrf } : {}),
        caseNumber: number,
        queryCode: code,
      }).toString(),
    });
  }

  it('shows the lookup form (no caching, the code is posted, not put in a URL)', async () => {
    const res = await app.request('/track');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<form method="post" action="/track"');
    expect(html).toMatch(/name="_csrf" value="[A-Za-z0-9_-]{20,}"/);
  });

  it('shows the case to the right number and code, without personal data', async () => {
    const res = await lookUp(caseNumber, queryCode);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('淄博市博山区人民政府');
    expect(html).toContain(caseNumber);
    expect(html).toContain('2026年11月22日');
    expect(html).toContain('<strong class="ap-status" id="case-status">已受理，办理中</strong>');
    const row = (await findCase(testDb.db, caseId))!;
    const [y, m, d] = row.dueOn!.split('-').map(Number);
    expect(html).toMatch(new RegExp(`id="case-deadline">${y}年${m}月${d}日`));
    for (const personal of ['张三', '11010519491231002X', '13800138000', 'zhang@example.com', '中心路']) {
      expect(html).not.toContain(personal);
    }
  });

  it('accepts the code as people type it: lower case, no dashes, look-alikes; other brackets in the number', async () => {
    const sloppyCode = queryCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const sloppyNumber = ` ${caseNumber.replace('〔', '[').replace('〕', ']')} `;
    expect((await lookUp(sloppyNumber, sloppyCode)).status).toBe(200);
  });

  it('gives one message for a wrong code and for a wrong number', async () => {
    const wrongCode = queryCode.startsWith('A') ? `B${queryCode.slice(1)}` : `A${queryCode.slice(1)}`;
    const wrongNumber = caseNumber.replace(/\d(?=号)/, (d) => String((Number(d) + 1) % 10));
    const answers = await Promise.all([
      lookUp(caseNumber, wrongCode),
      lookUp(wrongNumber, queryCode),
      lookUp(caseNumber, 'not a code'),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(GENERIC);
      expect(html).not.toContain('id="case-status"');
      // no query code echoed back (the CSRF token, random base64url, may itself look like one)
      expect(html.replace(/name="_csrf" value="[^"]*"/, '')).not.toMatch(/value="[0-9A-Z]{4}-/);
    }
    const empty = await lookUp('', '');
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('请填写案件编号和查询码');
    expect((await lookUp(caseNumber, queryCode, false)).status).toBe(403);
  });

  it('lists the letters sent to the applicant (not those to third parties) and where the period stands', async () => {
    const at = new Date(TEST_NOW);
    await insertLetter(testDb.db, {
      caseId,
      kind: 'correctionNotice',
      templateId: 'correction',
      templateVersion: '1',
      letter: {},
      issuedOn: '2026-11-24' as LocalDate,
      createdAt: at,
    });
    await insertLetter(testDb.db, {
      caseId,
      kind: 'thirdPartyConsultation',
      templateId: 'third',
      templateVersion: '1',
      letter: {},
      issuedOn: '2026-11-25' as LocalDate,
      createdAt: at,
    });
    let row = (await findCase(testDb.db, caseId))!;
    await updateCaseSnapshot(
      testDb.db,
      caseId,
      row.version,
      { status: 'awaitingCorrection', dueOn: null, dueProvisional: false, decision: null, closedOn: null },
      at,
    );
    let html = await (await lookUp(caseNumber, queryCode)).text();
    expect(html).toContain('待申请人补正');
    expect(html).toContain('补正中：答复期限自收到补正后的申请之日起重新计算');
    expect(html).toContain('政府信息公开申请补正告知书');
    expect(html).toContain('2026年11月24日');
    expect(html).not.toContain('征求第三方意见书');

    row = (await findCase(testDb.db, caseId))!;
    await updateCaseSnapshot(
      testDb.db,
      caseId,
      row.version,
      { status: 'inConsultation', dueOn: null, dueProvisional: false, decision: null, closedOn: null },
      at,
    );
    html = await (await lookUp(caseNumber, queryCode)).text();
    expect(html).toContain('征求意见中，期限中止');

    row = (await findCase(testDb.db, caseId))!;
    await updateCaseSnapshot(
      testDb.db,
      caseId,
      row.version,
      {
        status: 'closed',
        dueOn: null,
        dueProvisional: false,
        decision: 'disclosed',
        closedOn: '2026-12-01' as LocalDate,
      },
      at,
    );
    html = await (await lookUp(caseNumber, queryCode)).text();
    expect(html).toContain('已办结');
    expect(html).toContain('<dt>办结日期</dt><dd>2026年12月1日');
  });

  it(`locks an address after ${TRACK_POLICY.limit} wrong tries, even for the right code, until the lock ends`, async () => {
    clock.advance(TRACK_POLICY.windowMs + 1000); // the earlier tests' failures drop out of the window
    for (let i = 1; i < TRACK_POLICY.limit; i += 1) {
      expect((await lookUp(caseNumber, 'AAAA-AAAA-AAAA')).status).toBe(422);
    }
    const locked = await lookUp(caseNumber, 'AAAA-AAAA-AAAA');
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain('查询失败次数过多，请于');
    expect((await lookUp(caseNumber, queryCode)).status).toBe(429);
    clock.advance(TRACK_POLICY.lockMs + 1000);
    expect((await lookUp(caseNumber, queryCode)).status).toBe(200);
  });
});
