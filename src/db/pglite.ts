/** The embedded database (PGlite, PostgreSQL in WASM) in a folder, behind the data-folder lock. */
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { seedFromTemplate } from './pglite-template.ts';

function queryable(target: Pick<PGlite, 'query'>): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  };
}

/**
 * Opens (creating if needed) the embedded database in `dataDir`, or an in-memory one for `null`.
 * A new folder starts as a copy of the build's template when there is one (pglite-template.ts).
 * @param image a data folder dumped by PGlite (`dumpDataDir`) for a new database to start from
 *   instead of initdb; the tests keep a migrated one (test/db-template.ts)
 * @throws DataDirLockedError when another process has the folder open
 */
export async function openPglite(dataDir: string | null, image?: Blob): Promise<Db> {
  const release = dataDir === null ? () => undefined : lockDataDir(dataDir);
  try {
    const pgdata = dataDir === null ? undefined : `${dataDir}/pgdata`;
    if (pgdata !== undefined) {
      seedFromTemplate(pgdata);
    }
    const pg = await PGlite.create(pgdata, image === undefined ? {} : { loadDataDir: image });
    return {
      kind: 'pglite',
      ...queryable(pg),
      transaction: <T>(fn: (tx: Queryable) => Promise<T>) => pg.transaction((tx) => fn(queryable(tx))),
      execScript: async (sql: string) => {
        await pg.exec(sql);
      },
      close: async () => {
        await pg.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
