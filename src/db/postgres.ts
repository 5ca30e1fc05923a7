/** PostgreSQL through node-postgres; several app processes may share it. */
import pg from 'pg';
import type { Db, Queryable, Row } from './db.ts';

// int8 and numeric as numbers: our ids and counts fit, and both backends then agree.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await client.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  };
}

/** Connects to PostgreSQL at `url`. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server closes (restart, failover, admin termination) emits
  // 'error' on the pool; without a listener that would crash the process. The pool drops that
  // client and the next query opens a new connection, so there is nothing else to do.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    execScript: async (sql: string) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
