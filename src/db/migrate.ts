/**
 * Versioned SQL migrations (src/db/migrations/<timestamp>_<name>.sql), applied in order, each in
 * its own transaction, recorded in schema_migrations. Forward-only; re-running is a no-op.
 * Run at start and by `gongkai db migrate`. On PostgreSQL an advisory lock keeps two processes
 * starting together from applying the same migration twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 4_207_110; // arbitrary, fixed: "gongkai migrations"

export type Migration = { version: string; name: string; sql: string };

/** The migrations shipped with this version, in order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{14}_[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: f.slice(0, 14),
      name: f.slice(15, -4),
      sql: fs.readFileSync(path.join(dir, f), 'utf8'),
    }));
}

/**
 * Applies pending migrations.
 * @returns the versions applied now
 */
export async function migrate(db: Db, migrations = listMigrations()): Promise<string[]> {
  await db.execScript(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const done = new Set(
      (await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: string[] = [];
    for (const m of migrations.filter((x) => !done.has(x.version))) {
      for (const statement of splitStatements(m.sql)) {
        await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/**
 * Splits a migration into statements on `;` at line ends, keeping $$-quoted function bodies whole.
 * (Parameterless statements one by one keep both drivers inside one transaction.)
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    if (/^\s*--/.test(line) && !inDollar) {
      continue;
    }
    current += `${line}\n`;
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) {
      inDollar = !inDollar;
    }
    if (!inDollar && /;\s*$/.test(line)) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) {
    out.push(current.trim());
  }
  return out;
}
