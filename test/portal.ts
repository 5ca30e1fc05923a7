/**
 * Portal test helpers: a small organ tree (a 区人民政府 with a department and a 街道) and an app on
 * a migrated in-memory database.
 */
import type { Hono } from 'hono';
import { fixedClock } from '../src/app/clock.ts';
import { createLogger } from '../src/app/logger.ts';
import type { Env } from '../src/config/env.ts';
import type { Db, Queryable } from '../src/db/db.ts';
import { createApp } from '../src/web/app.ts';
import type { AppDeps, AppEnv } from '../src/web/context.ts';
import { DEFAULT_PARSE_POOL_SETTINGS } from '../src/io/parse-pool/parse-pool.ts';
import { DEFAULT_GAZETTE_FONT } from '../src/io/publishing/gazette-font.ts';
import { openTestPglite } from './db.ts';

export const TEST_NOW = '2026-11-22T08:00:00.000Z';

export type TestOrganIds = { root: number; finance: number; street: number };

/** Inserts 淄博市博山区人民政府 (slug `boshan`), 博山区财政局 (`czj`) and 城东街道办事处 (`chengdong`). */
export async function insertTestOrgans(db: Queryable): Promise<TestOrganIds> {
  const at = new Date(TEST_NOW);
  const insert = async (
    parentId: number | null,
    values: [string, string, string, string, string],
    contact: [string | null, string | null, string | null, string | null, string | null, string | null],
  ) => {
    const rows = await db.query<{ id: number }>(
      `INSERT INTO organs (parent_id, name, short_name, slug, type, level, address, postcode, phone, fax, email, office_hours, sort_order, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, $13, $13) RETURNING id`,
      [parentId, ...values, ...contact, at],
    );
    return rows[0]!.id;
  };
  const root = await insert(
    null,
    ['淄博市博山区人民政府', '博山区政府', 'boshan', 'government', 'county'],
    [
      '博山区县前街46号',
      '255200',
      '0533-4110087',
      '0533-4110088',
      'bsqzfb@example.cn',
      '周一至周五 8:30—12:00，13:30—17:30（法定节假日除外）',
    ],
  );
  const finance = await insert(
    root,
    ['博山区财政局', '区财政局', 'czj', 'department', 'county'],
    ['博山区中心路 12 号', '255200', '0533-4180000', null, null, '周一至周五 8:30—17:30'],
  );
  const street = await insert(
    root,
    ['博山区城东街道办事处', '城东街道', 'chengdong', 'township', 'township'],
    [null, null, null, null, null, null],
  );
  return { root, finance, street };
}

/** A migrated in-memory database. */
export async function openTestDb(): Promise<Db> {
  const db = await openTestPglite();
  return db;
}

/** Environment for app tests. */
export function testEnv(overrides: Partial<Env> = {}): Env {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: null,
    adminPassword: null,
    secureCookies: false,
    maxUploadBytes: 2 * 1024 * 1024,
    logLevel: 'silent',
    gazetteFont: { path: DEFAULT_GAZETTE_FONT, face: null },
    parsePool: DEFAULT_PARSE_POOL_SETTINGS,
    ...overrides,
  };
}

/** The whole app on `db` with a fixed clock. */
export function createTestApp(db: Db, env: Partial<Env> = {}): { app: Hono<AppEnv>; deps: AppDeps } {
  const deps: AppDeps = {
    db,
    clock: fixedClock(TEST_NOW),
    env: testEnv(env),
    logger: createLogger('silent'),
  };
  return { app: createApp(deps), deps };
}

/** A visitor's CSRF cookie and the matching form token, from one GET of `path`. */
export async function csrfPair(
  app: Hono<AppEnv>,
  path = '/tools/report-check',
): Promise<{ cookie: string; token: string }> {
  const res = await app.request(path);
  const html = await res.text();
  const token = /name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? '';
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, token };
}

/** POSTs a multipart form to `path` as a visitor with a valid CSRF pair. */
export async function postForm(
  app: Hono<AppEnv>,
  path: string,
  fields: Record<string, string | File>,
  withCsrf = true,
): Promise<Response> {
  const { cookie, token } = await csrfPair(app, path);
  const form = new FormData();
  if (withCsrf) {
    form.set('_csrf', token);
  }
  for (const [name, value] of Object.entries(fields)) {
    form.set(name, value);
  }
  return app.request(path, { method: 'POST', body: form, headers: { cookie } });
}
