/**
 * Migrated databases to copy, so that a test database costs a copy instead of initdb + migrations
 * (PGlite's initdb alone is several seconds of CPU in every test file that opens a database).
 *
 * - PGlite: one migrated data folder per PGlite version and set of migrations (the key of
 *   src/db/pglite-template.ts), kept under the system's temporary folder across runs, as a folder
 *   (for servers started on a data folder, test/browser.ts) and as PGlite's dump of it (for
 *   in-memory databases). Made once, by one process: the others wait for it.
 * - PostgreSQL: one migrated database `gk_tmpl_<key>` per set of migrations, kept in the cluster;
 *   test databases are `CREATE DATABASE … TEMPLATE` it. Drop the `gk_tmpl_*` databases whenever no
 *   tests run; the next test makes a new one.
 *
 * Migrations still run on every test database (a no-op on a copy), and the migration tests start
 * from scratch (test/db.ts, `fromScratch`), so nothing here can hide a broken migration.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { currentTemplateKey, writeTemplateKey } from '../src/db/pglite-template.ts';

/** Bump when what is kept changes shape. */
const FORMAT = 1;

/** The PGlite version and migrations as 16 hex digits (also names the PostgreSQL template). */
export const TEMPLATE_KEY = crypto
  .createHash('sha256')
  .update(JSON.stringify({ FORMAT, ...currentTemplateKey() }))
  .digest('hex')
  .slice(0, 16);

const CACHE = path.join(os.tmpdir(), 'gongkai-test-db');
const DONE = path.join(CACHE, TEMPLATE_KEY);
const FOLDER = path.join(DONE, 'pgdata-template');
const DUMP = path.join(DONE, 'pgdata.tar');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a lock file; null while it is being written or once it is gone. */
function lockHolder(lock: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lock, 'utf8'));
    return pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether a file was last changed more than `ms` ago (false once it is gone). */
function isOlderThan(file: string, ms: number): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > ms;
  } catch {
    return false;
  }
}

/** Makes the folder and its dump into `work`: initdb and the migrations, through the app's own code. */
async function makePgliteTemplate(work: string): Promise<void> {
  const made = path.join(work, 'made');
  const db = await openPglite(made);
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  fs.renameSync(path.join(made, 'pgdata'), path.join(work, 'pgdata-template'));
  fs.rmSync(made, { recursive: true, force: true });
  const reopened = await PGlite.create(path.join(work, 'pgdata-template'));
  try {
    const dump = await reopened.dumpDataDir('none');
    fs.writeFileSync(path.join(work, 'pgdata.tar'), Buffer.from(await dump.arrayBuffer()));
  } finally {
    await reopened.close();
  }
  writeTemplateKey(currentTemplateKey(), path.join(work, 'pgdata-template'));
}

/**
 * Makes the PGlite template unless it is there; while another process makes it, waits for it (a
 * lock left by a dead process is taken over).
 */
async function ensurePgliteTemplate(): Promise<void> {
  fs.mkdirSync(CACHE, { recursive: true });
  const lock = `${DONE}.lock`;
  while (!fs.existsSync(DUMP)) {
    let fd: number;
    try {
      fd = fs.openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
      const holder = lockHolder(lock);
      if (holder === null ? isOlderThan(lock, 10_000) : !isAlive(holder)) {
        fs.rmSync(lock, { force: true });
      } else {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      continue;
    }
    try {
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      if (!fs.existsSync(DUMP)) {
        const work = `${DONE}.${process.pid}.tmp`;
        fs.rmSync(work, { recursive: true, force: true });
        fs.mkdirSync(work);
        await makePgliteTemplate(work);
        fs.rmSync(DONE, { recursive: true, force: true });
        fs.renameSync(work, DONE);
      }
    } finally {
      fs.rmSync(lock, { force: true });
    }
  }
}

let dump: Promise<Blob> | null = null;

/** PGlite's dump of the migrated data folder, to start an in-memory database from. */
export function pgliteDump(): Promise<Blob> {
  dump ??= ensurePgliteTemplate().then(() => new Blob([fs.readFileSync(DUMP)]));
  return dump;
}

/** The migrated PGlite data folder (with its template key, for src/db/pglite-template.ts). */
export async function pgliteTemplateFolder(): Promise<string> {
  await ensurePgliteTemplate();
  return FOLDER;
}

/** The name of the migrated PostgreSQL database that test databases copy. */
export const PG_TEMPLATE = `gk_tmpl_${TEMPLATE_KEY}`;

const DUPLICATE_DATABASE = '42P04';

/**
 * Makes the PostgreSQL template unless it is there: a database made and migrated under a name of
 * its own, then renamed (a process that loses the race to another drops its own). Nobody may
 * connect to it afterwards, since a database being copied must have no connections.
 * @param adminUrl a connection to the cluster's maintenance database
 */
export function ensurePgTemplate(adminUrl: string): Promise<string> {
  pgTemplate ??= makePgTemplate(adminUrl).catch((error: unknown) => {
    pgTemplate = null;
    throw error;
  });
  return pgTemplate;
}

let pgTemplate: Promise<string> | null = null;

async function makePgTemplate(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [PG_TEMPLATE]);
    if (found.rowCount === 0) {
      const work = `${PG_TEMPLATE}_${crypto.randomBytes(4).toString('hex')}`;
      await admin.query(
        `CREATE DATABASE ${work} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
      const db = await openPostgres(adminUrl.replace(/\/[^/]*$/, `/${work}`));
      try {
        await migrate(db);
      } finally {
        await db.close();
      }
      try {
        await admin.query(`ALTER DATABASE ${work} RENAME TO ${PG_TEMPLATE}`);
        await admin.query(`ALTER DATABASE ${PG_TEMPLATE} WITH ALLOW_CONNECTIONS false`);
      } catch (error) {
        await admin.query(`DROP DATABASE IF EXISTS ${work}`);
        if ((error as { code?: string }).code !== DUPLICATE_DATABASE) {
          throw error;
        }
      }
    }
  } finally {
    await admin.end();
  }
  return PG_TEMPLATE;
}
