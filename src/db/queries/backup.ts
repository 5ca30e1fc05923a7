/**
 * The catalogue queries and bulk SQL behind `gongkai backup` / `gongkai restore`. Tables are found
 * in the catalogue (so tables added by later migrations are included) and ordered so that every
 * table comes after the tables it references. Rows travel as PostgreSQL's own JSON text
 * (`row_to_json`, back through `json_populate_recordset`): types, time zones and big numbers come
 * back exactly, on PGlite and on PostgreSQL alike.
 */
import type { Queryable } from '../db.ts';

/** Identifier quoting for catalogue names. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** What a backup needs to know about a table. */
export type TableInfo = {
  name: string;
  references: string[];
  orderBy: string[];
  /** Columns that can be inserted (not generated). */
  columns: string[];
  generatedColumns: string[];
  serialColumns: string[];
};

/** Every app table (not schema_migrations), referenced tables first. @throws on a reference cycle */
export async function listAppTables(db: Queryable): Promise<TableInfo[]> {
  const tables = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations' ORDER BY 1`,
  );
  const refs = await db.query<{ name: string; ref: string }>(
    `SELECT DISTINCT cl.relname AS name, ref.relname AS ref FROM pg_constraint con
       JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class ref ON ref.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE con.contype = 'f' AND n.nspname = current_schema()`,
  );
  const columns = await db.query<{
    name: string;
    column: string;
    isPk: boolean;
    isGenerated: boolean;
    isSerial: boolean;
  }>(
    `SELECT c.relname AS name, a.attname AS column,
            EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary AND a.attnum = ANY (i.indkey)) AS "isPk",
            a.attgenerated <> '' AS "isGenerated",
            (a.attidentity <> '' OR pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%') AS "isSerial"
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
  );
  const infos = tables.map(({ name }) => {
    const own = columns.filter((c) => c.name === name);
    const pk = own.filter((c) => c.isPk).map((c) => c.column);
    return {
      name,
      references: refs.filter((r) => r.name === name && r.ref !== name).map((r) => r.ref),
      orderBy: pk.length > 0 ? pk : own.map((c) => c.column),
      columns: own.filter((c) => !c.isGenerated).map((c) => c.column),
      generatedColumns: own.filter((c) => c.isGenerated).map((c) => c.column),
      serialColumns: own.filter((c) => c.isSerial).map((c) => c.column),
    };
  });
  return dependencyOrder(infos);
}

function dependencyOrder(infos: TableInfo[]): TableInfo[] {
  const out: TableInfo[] = [];
  const placed = new Set<string>();
  while (out.length < infos.length) {
    const ready = infos.filter(
      (t) =>
        !placed.has(t.name) && t.references.every((r) => placed.has(r) || !infos.some((i) => i.name === r)),
    );
    if (ready.length === 0) {
      throw new Error(
        `tables reference each other in a cycle: ${infos
          .filter((t) => !placed.has(t.name))
          .map((t) => t.name)
          .join(', ')}`,
      );
    }
    for (const t of ready) {
      placed.add(t.name);
      out.push(t);
    }
  }
  return out;
}

/** The applied migration versions, in order. */
export async function appliedMigrations(db: Queryable): Promise<string[]> {
  return (await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')).map(
    (r) => r.version,
  );
}

/** Rows of a table as JSON text, in key order, `batch` at a time. */
export async function* dumpRows(db: Queryable, table: TableInfo, batch = 2000): AsyncGenerator<string> {
  const order = table.orderBy.map(quoteIdent).join(', ');
  for (let offset = 0; ; offset += batch) {
    const rows = await db.query<{ j: string }>(
      `SELECT row_to_json(t)::text AS j FROM ${quoteIdent(table.name)} t ORDER BY ${order} LIMIT $1 OFFSET $2`,
      [batch, offset],
    );
    for (const r of rows) {
      yield r.j;
    }
    if (rows.length < batch) {
      return;
    }
  }
}

/** True when any of the tables has a row. */
export async function hasAnyRow(db: Queryable, tables: readonly TableInfo[]): Promise<boolean> {
  for (const t of tables) {
    if ((await db.query(`SELECT 1 FROM ${quoteIdent(t.name)} LIMIT 1`)).length > 0) {
      return true;
    }
  }
  return false;
}

/**
 * Empties the tables (their user triggers — the audit trail's append-only guard — must already be
 * disabled in this transaction) and restarts their sequences.
 */
export async function truncateAll(tx: Queryable, tables: readonly TableInfo[]): Promise<void> {
  if (tables.length > 0) {
    await tx.query(`TRUNCATE ${tables.map((t) => quoteIdent(t.name)).join(', ')} RESTART IDENTITY`);
  }
}

/** Switches user triggers of the tables off or on (inside the restore transaction only). */
export async function setUserTriggers(
  tx: Queryable,
  tables: readonly TableInfo[],
  isEnabled: boolean,
): Promise<void> {
  for (const t of tables) {
    await tx.query(`ALTER TABLE ${quoteIdent(t.name)} ${isEnabled ? 'ENABLE' : 'DISABLE'} TRIGGER USER`);
  }
}

/**
 * Inserts rows given as JSON texts in one statement (foreign keys are checked at the end of the
 * statement, so rows of a self-referencing table may come in any order).
 * @param columns the columns present in the backup (others take their defaults)
 */
export async function insertRows(
  tx: Queryable,
  table: TableInfo,
  columns: readonly string[],
  jsonRows: readonly string[],
): Promise<void> {
  if (jsonRows.length === 0) {
    return;
  }
  const list = columns.map(quoteIdent).join(', ');
  await tx.query(
    `INSERT INTO ${quoteIdent(table.name)} (${list}) OVERRIDING SYSTEM VALUE
     SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`,
    [`[${jsonRows.join(',')}]`],
  );
}

/** Sets each serial/identity sequence to the column's maximum (next id continues after it). */
export async function resetSequences(tx: Queryable, tables: readonly TableInfo[]): Promise<void> {
  for (const t of tables) {
    for (const column of t.serialColumns) {
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(max(${quoteIdent(column)}), 1), max(${quoteIdent(column)}) IS NOT NULL) FROM ${quoteIdent(t.name)}`,
        [quoteIdent(t.name), column],
      );
    }
  }
}
