/**
 * The 30-applications-per-address limit under a burst: 60 forms posted at the same moment from one
 * address make exactly 30 cases; the other 30 get the limit message and write nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { SUBMISSIONS_PER_ADDRESS } from '../../app/cases/submit-application.ts';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestOrgans } from '../../../test/portal.ts';
import type { AppEnv } from '../context.ts';
import {
  countWrittenRows,
  createApplyApp,
  openForm,
  postMultipart,
  validFields,
} from './apply.test-support.ts';

const FORM = '/o/boshan/gk/apply/form';

describe.each(await backends())('the per-address limit on $name', (backend) => {
  let testDb: TestDb;
  let app: Hono<AppEnv>;
  beforeAll(async () => {
    testDb = await backend.open();
    await insertTestOrgans(testDb.db);
    app = createApplyApp(testDb.db).app;
  });
  afterAll(() => testDb.dispose());

  it('lets 60 simultaneous submissions from one address make exactly 30 cases', async () => {
    const forms = [];
    for (let i = 0; i < 60; i += 1) {
      forms.push(await openForm(app, FORM));
    }
    const responses = await Promise.all(
      forms.map((form) =>
        postMultipart(app, FORM, form.cookie, {
          _csrf: form.csrf,
          submissionToken: form.submissionToken,
          ...validFields('naturalPerson'),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(SUBMISSIONS_PER_ADDRESS.limit);
    expect(statuses.filter((s) => s === 422)).toHaveLength(60 - SUBMISSIONS_PER_ADDRESS.limit);
    const refused = await Promise.all(responses.filter((r) => r.status === 422).map((r) => r.text()));
    for (const html of refused) {
      expect(html).toContain('同一网络地址24小时内提交的申请已达上限');
    }
    const rows = await countWrittenRows(testDb.db);
    expect(rows).toMatchObject({ cases: 30, events: 30, submissions: 30, audit: 30 });
    const counter = await testDb.db.query<{ failures: number }>(
      "SELECT failures FROM login_attempts WHERE key LIKE 'apply:%'",
    );
    expect(counter).toEqual([{ failures: 30 }]);
  });
});
