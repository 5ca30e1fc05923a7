/**
 * SQL for importing an existing site's published items: which 索引号 are taken, the bulk writes
 * (items, their columns, first versions and 'imported' events, a thousand rows per statement as
 * one JSON parameter — the same on PGlite and PostgreSQL), and raising an organ's 索引号 serial
 * past imported numbers.
 */
import type { Queryable } from '../../db.ts';

const CHUNK = 1000;

/** The 索引号 among `numbers` that some item already has. */
export async function findTakenIndexNumbers(db: Queryable, numbers: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const rows = await db.query<{ n: string }>(
      'SELECT index_number AS n FROM items WHERE index_number = ANY($1::text[])',
      [numbers.slice(i, i + CHUNK)],
    );
    rows.forEach((r) => taken.add(r.n));
  }
  return taken;
}

/** An imported item as stored: published, with its old 索引号 and 发布日期. */
export type ImportedItemRow = {
  indexNumber: string;
  kind: string;
  title: string;
  coOrgans: string;
  docNumber: string;
  docNumberKey: string;
  writtenOn: string | null;
  effectiveOn: string | null;
  formedOn: string;
  topic: string;
  genre: string;
  keywords: string;
  summary: string;
  bodyHtml: string;
  bodyText: string;
  interpretationForm: string | null;
  validity: string | null;
  validityOn: string | null;
  publishedAt: string;
};

/**
 * Inserts published items of one organ.
 * @returns the new ids by 索引号
 */
export async function insertImportedItems(
  tx: Queryable,
  organId: number,
  items: readonly ImportedItemRow[],
  by: { accountId: number; name: string },
  at: Date,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < items.length; i += CHUNK) {
    const rows = await tx.query<{ id: string | number; index_number: string }>(
      `INSERT INTO items (organ_id, kind, status, index_number, title, co_organs, doc_number, doc_number_key, written_on,
         effective_on, formed_on, topic, genre, keywords, summary, body_html, body_text, interpretation_form, validity,
         validity_on, published_at, published_version, drafted_by, drafted_by_name, created_at, updated_at)
       SELECT $2, x.kind, 'published', x."indexNumber", x.title, x."coOrgans", x."docNumber", x."docNumberKey", x."writtenOn",
         x."effectiveOn", x."formedOn", x.topic, x.genre, x.keywords, x.summary, x."bodyHtml", x."bodyText",
         x."interpretationForm", x.validity, x."validityOn", x."publishedAt", 1, $3, $4, $5, $5
       FROM jsonb_to_recordset($1::jsonb) AS x("indexNumber" text, kind text, title text, "coOrgans" text, "docNumber" text,
         "docNumberKey" text, "writtenOn" date, "effectiveOn" date, "formedOn" date, topic text, genre text, keywords text,
         summary text, "bodyHtml" text, "bodyText" text, "interpretationForm" text, validity text, "validityOn" date,
         "publishedAt" timestamptz)
       RETURNING id, index_number`,
      [JSON.stringify(items.slice(i, i + CHUNK)), organId, by.accountId, by.name, at],
    );
    rows.forEach((r) => ids.set(r.index_number, Number(r.id)));
  }
  return ids;
}

/** Column links, first versions and the 'imported' event of the new items. */
export async function insertImportedItemLinks(
  tx: Queryable,
  links: {
    columns: readonly { itemId: number; columnId: number }[];
    versions: readonly { itemId: number; publishedAt: string; snapshot: Record<string, unknown> }[];
    events: readonly { itemId: number; data: Record<string, unknown> }[];
  },
  by: { accountId: number; name: string },
  at: Date,
): Promise<void> {
  for (let i = 0; i < links.columns.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO item_columns (item_id, column_id)
       SELECT x."itemId", x."columnId" FROM jsonb_to_recordset($1::jsonb) AS x("itemId" bigint, "columnId" int)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(links.columns.slice(i, i + CHUNK))],
    );
  }
  for (let i = 0; i < links.versions.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO item_versions (item_id, number, published_at, note, snapshot)
       SELECT x."itemId", 1, x."publishedAt", '', x.snapshot
       FROM jsonb_to_recordset($1::jsonb) AS x("itemId" bigint, "publishedAt" timestamptz, snapshot jsonb)`,
      [JSON.stringify(links.versions.slice(i, i + CHUNK))],
    );
  }
  for (let i = 0; i < links.events.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO item_events (item_id, seq, at, actor_id, actor_name, kind, data)
       SELECT x."itemId", 1, $2, $3, $4, 'imported', x.data
       FROM jsonb_to_recordset($1::jsonb) AS x("itemId" bigint, data jsonb)`,
      [JSON.stringify(links.events.slice(i, i + CHUNK)), at, by.accountId, by.name],
    );
  }
}

/**
 * Raises an organ's 索引号 serial for `year` to at least `serial` (never lowers it), so numbers
 * allocated later do not repeat an imported one.
 */
export async function raiseIndexSerial(
  tx: Queryable,
  organId: number,
  year: number,
  serial: number,
): Promise<void> {
  await tx.query(
    `INSERT INTO index_sequences (organ_id, year, last_value) VALUES ($1, $2, $3)
     ON CONFLICT (organ_id, year) DO UPDATE SET last_value = GREATEST(index_sequences.last_value, EXCLUDED.last_value)`,
    [organId, year, serial],
  );
}
