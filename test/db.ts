/**
 * Integration tests run against every backend: PGlite (in memory) always, PostgreSQL on
 * 127.0.0.1:5432 when reachable. With CI=true (or GONGKAI_REQUIRE_PG=1) PostgreSQL is required.
 * Each test database is new: a copy of a migrated template (test/db-template.ts; migrations run
 * again, a no-op) or, with `fromScratch`, made by initdb / from template0 and then migrated. A
 * PostgreSQL test database is dropped afterwards.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { ensurePgTemplate, pgliteDump } from './db-template.ts';

export const PG_ADMIN_URL = process.env.GONGKAI_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const isPgRequired = process.env.CI === 'true' || process.env.GONGKAI_REQUIRE_PG === '1';

let pgAvailable: boolean | null = null;

async function isPgReachable(): Promise<boolean> {
  if (pgAvailable === null) {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      pgAvailable = true;
    } catch {
      pgAvailable = false;
    }
  }
  return pgAvailable;
}

/** `fromScratch`: an empty database that the migrations are then applied to, not a template's copy. */
export type OpenOptions = { fromScratch?: boolean };
export type Backend = { name: 'pglite' | 'postgres'; open: (options?: OpenOptions) => Promise<TestDb> };
export type TestDb = { db: Db; url: string | null; dispose: () => Promise<void> };

async function createPgDatabase({ fromScratch = false }: OpenOptions): Promise<string> {
  const name = `gk_test_${crypto.randomBytes(6).toString('hex')}`;
  const template = fromScratch ? null : await ensurePgTemplate(PG_ADMIN_URL);
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(
    template === null
      ? `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`
      : `CREATE DATABASE ${name} TEMPLATE ${template}`,
  );
  await admin.end();
  return name;
}

async function dropPgDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  admin.on('error', () => undefined);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/** A migrated, empty database on PGlite, in memory. */
export async function openTestPglite({ fromScratch = false }: OpenOptions = {}): Promise<Db> {
  const db = await openPglite(null, fromScratch ? undefined : await pgliteDump());
  await migrate(db);
  return db;
}

async function openPgliteTest(options: OpenOptions = {}): Promise<TestDb> {
  const db = await openTestPglite(options);
  return { db, url: null, dispose: () => db.close() };
}

/** A migrated, empty database on PostgreSQL. */
async function openPostgresTest(options: OpenOptions = {}): Promise<TestDb> {
  const name = await createPgDatabase(options);
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const db = await openPostgres(url);
  await migrate(db);
  return {
    db,
    url,
    dispose: async () => {
      await db.close();
      await dropPgDatabase(name);
    },
  };
}

/**
 * The backends to run integration tests on.
 * @throws when PostgreSQL is required (CI) but not reachable
 */
export async function backends(): Promise<Backend[]> {
  const list: Backend[] = [{ name: 'pglite', open: openPgliteTest }];
  if (await isPgReachable()) {
    list.push({ name: 'postgres', open: openPostgresTest });
  } else if (isPgRequired) {
    throw new Error(`PostgreSQL is required for the integration suite but ${PG_ADMIN_URL} is not reachable`);
  }
  return list;
}
