/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR) and migrates it. */
import type { Env } from '../config/env.ts';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';

export async function openDatabase(
  env: Pick<Env, 'databaseUrl' | 'dataDir'>,
  options: { migrate?: boolean } = {},
): Promise<Db> {
  // Only the backend in use is loaded (decision 013).
  const db = env.databaseUrl
    ? await (await import('./postgres.ts')).openPostgres(env.databaseUrl)
    : await (await import('./pglite.ts')).openPglite(env.dataDir);
  if (options.migrate !== false) {
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}
