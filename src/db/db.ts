/**
 * The database as the app sees it: parameterized queries, transactions and scripts, the same on
 * PGlite (embedded, default) and PostgreSQL (DATABASE_URL). SQL lives in src/db only.
 * Plain SQL instead of an ORM: docs/decisions/006-plain-sql.md.
 */
export type Row = Record<string, unknown>;

export type Queryable = {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
};

export type Db = Queryable & {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: all its writes commit together or none do. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script without parameters (migrations). */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
};

/** Returns the single row of a query or null. */
export async function queryOne<T extends Row>(
  db: Queryable,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T | null> {
  const rows = await db.query<T>(sql, params);
  return rows[0] ?? null;
}
