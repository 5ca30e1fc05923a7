/**
 * Back-office test helpers: a small organ tree (市 → 区 → 两个局; a second 区 beside it), accounts
 * with roles, a movable clock, and a cookie-keeping client for `app.request()` that signs in and
 * carries the CSRF token like a browser would.
 */
import type { Hono } from 'hono';
import type { Clock } from '../src/app/clock.ts';
import { createLogger } from '../src/app/logger.ts';
import { hashPassword } from '../src/app/identity/passwords.ts';
import type { Env } from '../src/config/env.ts';
import type { Db, Queryable } from '../src/db/db.ts';
import { insertAccount, replaceRolesIn } from '../src/db/queries/accounts.ts';
import type { RoleGrant } from '../src/domain/access/roles.ts';
import { createApp } from '../src/web/app.ts';
import type { AppEnv } from '../src/web/context.ts';
import { DEFAULT_PARSE_POOL_SETTINGS } from '../src/io/parse-pool/parse-pool.ts';
import { DEFAULT_GAZETTE_FONT } from '../src/io/publishing/gazette-font.ts';

export const STAFF_PASSWORD = 'Staff-Passw0rd-1';

/** A clock tests move by hand. */
export type MovableClock = Clock & { set(iso: string): void; advance(ms: number): void };

/** @example const clock = movableClock('2026-11-22T08:00:00Z'); clock.advance(60_000) */
export function movableClock(iso: string): MovableClock {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    today: () => new Date(t + 8 * 3600_000).toISOString().slice(0, 10),
    set: (next) => {
      t = Date.parse(next);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export type TestTree = {
  city: number;
  district: number;
  education: number;
  finance: number;
  otherDistrict: number;
};

/** 市政府 → 甲区政府 → (甲区教育局, 甲区财政局); 市政府 → 乙区政府. */
export async function insertTestTree(db: Queryable): Promise<TestTree> {
  const at = new Date('2026-01-01T00:00:00Z');
  const insert = async (parentId: number | null, name: string, slug: string, type: string, level: string) =>
    (
      await db.query<{ id: number }>(
        `INSERT INTO organs (parent_id, name, short_name, slug, type, level, created_at, updated_at) VALUES ($1, $2, $2, $3, $4, $5, $6, $6) RETURNING id`,
        [parentId, name, slug, type, level, at],
      )
    )[0]!.id;
  const city = await insert(null, '某市人民政府', 'city', 'government', 'municipal');
  const district = await insert(city, '甲区人民政府', 'jia', 'government', 'county');
  const education = await insert(district, '甲区教育局', 'jia-jyj', 'department', 'county');
  const finance = await insert(district, '甲区财政局', 'jia-czj', 'department', 'county');
  const otherDistrict = await insert(city, '乙区人民政府', 'yi', 'government', 'county');
  return { city, district, education, finance, otherDistrict };
}

/** Creates an account directly (no audit), password STAFF_PASSWORD unless given. */
export async function insertTestAccount(
  db: Db,
  username: string,
  roles: RoleGrant[],
  options: { password?: string; mustChangePassword?: boolean; displayName?: string } = {},
): Promise<number> {
  const passwordHash = await hashPassword(options.password ?? STAFF_PASSWORD);
  return db.transaction(async (tx) => {
    const id = await insertAccount(tx, {
      username,
      displayName: options.displayName ?? `测试${username}`,
      passwordHash,
      mustChangePassword: options.mustChangePassword ?? false,
      at: new Date('2026-01-01T00:00:00Z'),
    });
    await replaceRolesIn(tx, id, [], roles);
    return id;
  });
}

/** The app on `db` with `clock` (no server, no port); `log` receives the log lines. */
export function testApp(
  db: Db,
  clock: Clock,
  options: { log?: (line: string) => void; secureCookies?: boolean } = {},
): Hono<AppEnv> {
  const env: Env = {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: null,
    adminPassword: null,
    secureCookies: options.secureCookies ?? false,
    maxUploadBytes: 1024 * 1024,
    logLevel: 'debug',
    gazetteFont: { path: DEFAULT_GAZETTE_FONT, face: null },
    parsePool: DEFAULT_PARSE_POOL_SETTINGS,
  };
  return createApp({
    db,
    clock,
    env,
    logger: options.log ? createLogger('debug', options.log) : createLogger('silent'),
  });
}

/** Reads the `_csrf` value out of a page. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) {
    throw new Error('no _csrf field on the page');
  }
  return match[1]!;
}

/** A browser-like client: keeps cookies, posts forms. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: Hono<AppEnv>) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const res = await this.app.request(path, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (/max-age=0/i.test(line) || value === '') {
        this.cookies.delete(name!.trim());
      } else {
        this.cookies.set(name!.trim(), value);
      }
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  /** Posts a form; `_csrf` is added from the page at `csrfFrom` unless the fields carry one. */
  async post(
    path: string,
    fields: Record<string, string | string[]>,
    options: { csrfFrom?: string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const body = new URLSearchParams();
    if (!('_csrf' in fields)) {
      body.append('_csrf', csrfOf(await (await this.get(options.csrfFrom ?? path)).text()));
    }
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        body.append(key, v);
      }
    }
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
    });
  }

  /** Signs in through the login form. */
  async logIn(username: string, password = STAFF_PASSWORD): Promise<Response> {
    return this.post('/staff/login', { username, password });
  }
}
