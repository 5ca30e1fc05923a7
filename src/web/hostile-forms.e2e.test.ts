/**
 * Issue 8, items 2 and 3: every form route answers a body that is not a readable form (missing or
 * wrong multipart boundary, truncated or empty body, a raw `"` or line break in a file name, a part
 * without a name) with a 400 and a Chinese message, and text with NUL and other control characters
 * (form fields, query parameters, path segments) never reaches PostgreSQL — no 500, nothing written.
 * Runs on PGlite and, when reachable, on PostgreSQL (which refuses U+0000 in text).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Queryable } from '../db/db.ts';
import { backends, type TestDb } from '../../test/db.ts';
import { insertTestOrgans } from '../../test/portal.ts';
import { csrfOf, insertTestAccount, TestClient } from '../../test/staff.ts';
import { createApplyApp } from './apply/apply.test-support.ts';
import type { AppEnv } from './context.ts';
import { CONTROL_IN_PATH_MESSAGE } from './middleware/clean-url.ts';
import { MALFORMED_FORM_MESSAGE } from './middleware/form.ts';

/** Every table a form route can write. */
const TABLES = [
  'organs',
  'accounts',
  'account_roles',
  'sessions',
  'audit_events',
  'annual_reports',
  'report_checks',
  'organ_imports',
  'calendar_years',
  'cases',
  'case_events',
  'case_letters',
  'case_attachments',
  'case_submissions',
  'staged_imports',
] as const;

async function countRows(db: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await db.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

const TOKEN_32 = 'A'.repeat(32);
const BOUNDARY = 'gkBoundary7MA4YWxkTrZu0gW';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

/** A text part. */
const part = (name: string, value: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

/** The malformed bodies: each carries a valid CSRF token, so only the framing is wrong. */
function malformedBodies(csrf: string): Array<[string, string, string]> {
  const token = part('_csrf', csrf);
  return [
    ['multipart without a boundary', 'multipart/form-data', `${token}--${BOUNDARY}--\r\n`],
    [
      'multipart with the wrong boundary',
      'multipart/form-data; boundary=other',
      `${token}--${BOUNDARY}--\r\n`,
    ],
    [
      'a truncated multipart body',
      MULTIPART,
      `${token}--${BOUNDARY}\r\nContent-Disposition: form-data; name="na`,
    ],
    ['an empty multipart body', MULTIPART, ''],
    [
      'a raw quote in a file name',
      MULTIPART,
      `${token}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a"b.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${BOUNDARY}--\r\n`,
    ],
    [
      'a line break in a file name',
      MULTIPART,
      `${token}--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a\r\nb.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${BOUNDARY}--\r\n`,
    ],
    [
      'a part without a name',
      MULTIPART,
      `${token}--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--${BOUNDARY}--\r\n`,
    ],
  ];
}

const CONTROL = '\u0000\u0001\u0007\u001b\u007f';

describe.each(await backends())('hostile forms on $name', (backend) => {
  let testDb: TestDb;
  let app: Hono<AppEnv>;
  let staff: TestClient;
  let staffCsrf: string;
  let rootId: number;
  let accountId: number;

  /** Every route that takes a POST: path, and whether it is posted signed in. */
  const formRoutes = (): Array<[string, 'visitor' | 'staff']> => [
    ['/staff/login', 'visitor'],
    ['/tools/report-check', 'visitor'],
    ['/o/boshan/gk/apply/form', 'visitor'],
    ['/track', 'visitor'],
    ['/staff/logout', 'staff'],
    ['/staff/password', 'staff'],
    ['/staff/organs/new', 'staff'],
    [`/staff/organs/${rootId}`, 'staff'],
    [`/staff/organs/${rootId}/move`, 'staff'],
    ['/staff/organs/import', 'staff'],
    [`/staff/organs/import/${TOKEN_32}`, 'staff'],
    ['/staff/accounts/new', 'staff'],
    [`/staff/accounts/${accountId}`, 'staff'],
    ['/staff/calendar/preview', 'staff'],
    ['/staff/calendar', 'staff'],
    ['/staff/report-check', 'staff'],
    ['/staff/cases/new', 'staff'],
    ['/staff/cases/1/act/accept', 'staff'],
    ['/staff/cases/ledger', 'staff'],
    [`/staff/cases/ledger/${TOKEN_32}`, 'staff'],
  ];

  beforeAll(async () => {
    testDb = await backend.open();
    const organs = await insertTestOrgans(testDb.db);
    rootId = organs.root;
    accountId = await insertTestAccount(testDb.db, 'admin.li', [
      { organId: rootId, role: 'admin' },
      { organId: rootId, role: 'handler' },
    ]);
    app = createApplyApp(testDb.db).app;
    staff = new TestClient(app);
    expect((await staff.logIn('admin.li')).status).toBe(303);
    staffCsrf = csrfOf(await (await staff.get('/staff/organs/new')).text());
  });
  afterAll(() => testDb.dispose());

  /** A visitor with the CSRF cookie of `path`'s form page (the login page for routes without one). */
  async function visitor(path: string): Promise<{ client: TestClient; csrf: string }> {
    const client = new TestClient(app);
    const page = path === '/track' ? '/track' : path;
    const csrf = csrfOf(await (await client.get(page)).text());
    return { client, csrf };
  }

  async function clientFor(path: string, who: 'visitor' | 'staff') {
    return who === 'staff' ? { client: staff, csrf: staffCsrf } : visitor(path);
  }

  it('answers every malformed multipart shape on every form route with 400 and a Chinese message, writing nothing', async () => {
    const before = await countRows(testDb.db);
    for (const [path, who] of formRoutes()) {
      const { client, csrf } = await clientFor(path, who);
      for (const [shape, contentType, body] of malformedBodies(csrf)) {
        // The token once in the body (the CSRF check reads it) and once in the header (the route's reader).
        for (const headers of [{}, { 'x-csrf-token': csrf }]) {
          const res = await client.request(path, {
            method: 'POST',
            body,
            headers: { 'content-type': contentType, ...headers },
          });
          const html = await res.text();
          expect(res.status, `${path}: ${shape}`).toBe(400);
          expect(html, `${path}: ${shape}`).toContain(MALFORMED_FORM_MESSAGE);
        }
      }
    }
    expect(await countRows(testDb.db)).toEqual(before);
    // The session survived the malformed logout.
    expect((await staff.get('/staff')).status).toBe(200);
  });

  it('refuses NUL and other control characters in forms with a Chinese message, not a 500, writing nothing', async () => {
    const before = await countRows(testDb.db);
    const cases: Array<[string, 'visitor' | 'staff', Record<string, string>, number, RegExp]> = [
      // The user name reaches SQL (PostgreSQL refused the NUL: a 500 before decision 019).
      [
        '/staff/login',
        'visitor',
        { username: `a${CONTROL}b`, password: 'Wrong-Passw0rd' },
        401,
        /用户名或密码/,
      ],
      [
        '/staff/organs/new',
        'staff',
        { name: CONTROL, shortName: CONTROL, slug: CONTROL },
        422,
        /[\u4e00-\u9fff]/,
      ],
      ['/staff/accounts/new', 'staff', { username: CONTROL, displayName: CONTROL }, 422, /[\u4e00-\u9fff]/],
      [
        '/staff/password',
        'staff',
        { currentPassword: CONTROL, newPassword: CONTROL },
        422,
        /[\u4e00-\u9fff]/,
      ],
      ['/staff/calendar/preview', 'staff', { year: CONTROL, days: CONTROL }, 422, /[\u4e00-\u9fff]/],
      ['/staff/cases/new', 'staff', { organId: CONTROL, requestContent: CONTROL }, 422, /[\u4e00-\u9fff]/],
      ['/staff/report-check', 'staff', { text: CONTROL }, 422, /[\u4e00-\u9fff]/],
      ['/tools/report-check', 'visitor', { text: CONTROL }, 422, /[\u4e00-\u9fff]/],
      ['/track', 'visitor', { caseNumber: CONTROL, queryCode: CONTROL }, 422, /[\u4e00-\u9fff]/],
    ];
    for (const [path, who, fields, status, message] of cases) {
      const { client, csrf } = await clientFor(path, who);
      const res = await client.post(path, { _csrf: csrf, ...fields });
      const html = await res.text();
      expect(res.status, `${path}: ${html.slice(0, 300)}`).toBe(status);
      expect(html, path).toMatch(message);
      expect(html, path).not.toContain('服务器内部错误');
    }
    const after = await countRows(testDb.db);
    // A failed sign-in is recorded in the audit trail (and nowhere else).
    expect({ ...after, audit_events: before.audit_events }).toEqual(before);
  });

  it('refuses NUL in the application form (multipart) with the form again, writing nothing', async () => {
    const before = await countRows(testDb.db);
    const client = new TestClient(app);
    const html = await (await client.get('/o/boshan/gk/apply/form')).text();
    const form = new FormData();
    form.set('_csrf', csrfOf(html));
    form.set('submissionToken', /name="submissionToken" value="([^"]*)"/.exec(html)?.[1] ?? '');
    for (const name of ['kind', 'personName', 'idNumber', 'description', 'email']) {
      form.set(name, CONTROL);
    }
    const res = await client.request('/o/boshan/gk/apply/form', { method: 'POST', body: form });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/请/);
    expect(await countRows(testDb.db)).toEqual(before);
  });

  it('removes control characters inside an otherwise valid form: the value is saved without them', async () => {
    const res = await staff.post('/staff/organs/new', {
      _csrf: staffCsrf,
      name: `博山区科学\u0000技术局`,
      shortName: '区科技\u0007局',
      slug: 'kjj',
      type: 'department',
      level: 'county',
      sortOrder: '5',
      parentId: String(rootId),
    });
    expect(res.status, await res.clone().text()).toBe(303);
    const rows = await testDb.db.query<{ name: string; short_name: string }>(
      "SELECT name, short_name FROM organs WHERE slug = 'kjj'",
    );
    expect(rows).toEqual([{ name: '博山区科学技术局', short_name: '区科技局' }]);
  });

  it('answers NUL in the session and device cookies without a 500', async () => {
    const { client, csrf } = await visitor('/staff/login');
    client.cookies.set('gk_session', 'a%00b');
    client.cookies.set('gk_device', 'a%00b');
    const res = await client.post('/staff/login', {
      _csrf: csrf,
      username: 'admin.li',
      password: 'Wrong-Passw0rd',
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('用户名或密码不正确');
  });

  it.each([
    '/staff/cases?q=%00',
    '/staff/cases?q=a%00b&organ=%00&year=%00&queue=%00&page=%00',
    '/staff/audit?q=%00&action=%00&from=%00',
    '/staff/statistics?year=%00&organ=%00',
    '/staff/organs?parent=%00',
    '/staff/organs/new?parent=%00',
    '/staff/login?next=%00',
    '/staff/cases/ledger/export?kind=%00&format=%00',
  ])('answers NUL in the query string of %s without a 500', async (path) => {
    const res = await staff.get(path);
    expect(res.status, path).toBeLessThan(500);
    expect(await res.text()).not.toContain('服务器内部错误');
  });

  it.each(['/calculator?start=%00&period=%00', '/o/boshan?on=%00', '/track?caseNumber=%00'])(
    'answers NUL in the public query string of %s without a 500',
    async (path) => {
      const res = await app.request(path);
      expect(res.status, path).toBeLessThan(500);
    },
  );

  it.each(['/o/%00/gk', '/o/boshan%00/gk/apply/form', '/staff/organs/1%00', '/o/%1b'])(
    'answers a control character in the path %s with 400 and a Chinese message',
    async (path) => {
      const res = await staff.get(path);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(CONTROL_IN_PATH_MESSAGE);
    },
  );
});
