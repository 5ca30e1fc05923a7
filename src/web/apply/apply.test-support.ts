/**
 * Helpers for the application form's tests: the app with the application routes mounted (whether
 * or not routes.ts lists them yet), a visitor that opens the form and posts it like a browser,
 * valid field sets for each kind of applicant, and row counts of everything a submission writes.
 */
import type { Hono } from 'hono';
import type { Clock } from '../../app/clock.ts';
import { fixedClock } from '../../app/clock.ts';
import { createLogger } from '../../app/logger.ts';
import type { Env } from '../../config/env.ts';
import type { Db, Queryable } from '../../db/db.ts';
import type { ApplicantKind } from '../../domain/case/applicant-kinds.ts';
import { createApp } from '../app.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { ROUTE_MODULES } from '../routes.ts';
import { testEnv, TEST_NOW } from '../../../test/portal.ts';
import { registerApplicationRoutes } from './routes.tsx';

/** Route modules with the application routes (added when routes.ts does not list them yet). */
export function modulesWithApplication() {
  return ROUTE_MODULES.includes(registerApplicationRoutes)
    ? ROUTE_MODULES
    : [...ROUTE_MODULES, registerApplicationRoutes];
}

/** The whole app on `db`; uploads up to 24 MiB so that the form's own limits are what refuses. */
export function createApplyApp(
  db: Db,
  options: { clock?: Clock; env?: Partial<Env> } = {},
): { app: Hono<AppEnv>; deps: AppDeps } {
  const deps: AppDeps = {
    db,
    clock: options.clock ?? fixedClock(TEST_NOW),
    env: testEnv({ maxUploadBytes: 24 * 1024 * 1024, ...options.env }),
    logger: createLogger('silent'),
  };
  return { app: createApp(deps, modulesWithApplication()), deps };
}

/** What a GET of the form hands the visitor. */
export type OpenedForm = { cookie: string; csrf: string; submissionToken: string; html: string };

/** Opens `path` like a browser: the CSRF cookie, the form's CSRF token and its submission token. */
export async function openForm(app: Hono<AppEnv>, path: string, cookie = ''): Promise<OpenedForm> {
  const res = await app.request(path, { headers: cookie ? { cookie } : {} });
  const html = await res.text();
  const setCookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    cookie: setCookie || cookie,
    csrf: /name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? '',
    submissionToken: /name="submissionToken" value="([^"]*)"/.exec(html)?.[1] ?? '',
    html,
  };
}

/** Posts a multipart form: text fields, then each file under `attachments`. */
export function postMultipart(
  app: Hono<AppEnv>,
  path: string,
  cookie: string,
  fields: Readonly<Record<string, string>>,
  files: readonly File[] = [],
): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.set(name, value);
  }
  for (const file of files) {
    form.append('attachments', file);
  }
  return Promise.resolve(app.request(path, { method: 'POST', body: form, headers: { cookie } }));
}

/** A valid 居民身份证 number (check digit X) and a valid 统一社会信用代码. */
export const VALID_ID = '11010519491231002X';
export const VALID_CREDIT_CODE = '91350100M000100Y43';

/** A complete, valid form for a kind of applicant (form input names, not 第二十九条 names). */
export function validFields(kind: ApplicantKind): Record<string, string> {
  const common = {
    kind,
    phone: '13800138000',
    email: 'zhang@example.com',
    address: '博山区中心路 1 号',
    postcode: '255200',
    items: '2025年博山区财政预算执行情况\n博政发〔2025〕3号文件',
    provisionForm: 'electronic',
    obtainWay: 'online',
    declaration: 'yes',
  };
  return kind === 'naturalPerson'
    ? { ...common, personName: '张三', idType: 'residentIdCard', idNumber: VALID_ID }
    : {
        ...common,
        organizationName: '淄博某某科技有限公司',
        creditCode: VALID_CREDIT_CODE,
        legalRepresentative: '李四',
        contactPerson: '王五',
      };
}

/** Rows a submission writes. */
export type WrittenRows = {
  cases: number;
  events: number;
  attachments: number;
  submissions: number;
  audit: number;
};

/** Counts the rows of every table a submission writes (audit: `case.register` records). */
export async function countWrittenRows(db: Queryable): Promise<WrittenRows> {
  const count = async (sql: string) => Number((await db.query<{ n: string | number }>(sql))[0]!.n);
  return {
    cases: await count('SELECT count(*) AS n FROM cases'),
    events: await count('SELECT count(*) AS n FROM case_events'),
    attachments: await count('SELECT count(*) AS n FROM case_attachments'),
    submissions: await count('SELECT count(*) AS n FROM case_submissions'),
    audit: await count("SELECT count(*) AS n FROM audit_events WHERE action = 'case.register'"),
  };
}

/** The case number and query code a receipt shows. */
export function receiptOf(html: string): { caseNumber: string; queryCode: string } {
  return {
    caseNumber: /id="case-number">([^<]*)</.exec(html)?.[1] ?? '',
    queryCode: /id="query-code">([^<]*)</.exec(html)?.[1] ?? '',
  };
}
