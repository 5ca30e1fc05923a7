/**
 * 政府公报 test helpers: items written straight into the table in a given state (the workflow that
 * publishes them is tested elsewhere), so that issues can be made of them quickly.
 */
import type { Queryable } from '../src/db/db.ts';

let serial = 0;

/** An item of `organId` in `status` (default: published on `publishedAt`); returns its id. */
export async function insertGazetteItem(
  db: Queryable,
  organId: number,
  fields: {
    title: string;
    kind?: string;
    status?: string;
    docNumber?: string;
    body?: string;
    publishedAt?: string;
  },
): Promise<number> {
  serial += 1;
  const status = fields.status ?? 'published';
  const publishedAt = status === 'draft' ? null : (fields.publishedAt ?? '2026-11-20T02:00:00Z');
  const body = fields.body ?? `${fields.title}的正文。\n第一条 为规范管理，制定本办法。`;
  const html = body
    .split('\n')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');
  const rows = await db.query<{ id: number }>(
    `INSERT INTO items (organ_id, kind, status, index_number, title, doc_number, formed_on, genre, body_html,
       body_text, published_at, published_version, drafted_by_name, created_at, updated_at, withdrawn_at)
     VALUES ($1, $2, $3, $4, $5, $6, '2026-11-10', '通知', $7, $8, $9, 1, '测试', now(), now(),
       CASE WHEN $3 = 'withdrawn' THEN now() END)
     RETURNING id::int AS id`,
    [
      organId,
      fields.kind ?? 'normative',
      status,
      status === 'draft' ? null : `TEST/2026-${String(serial).padStart(5, '0')}-${organId}`,
      fields.title,
      fields.docNumber ?? '',
      html,
      body,
      publishedAt,
    ],
  );
  return rows[0]!.id;
}

/**
 * An issue of `organId` with `itemIds` in order; `published` copies each item as printed and stores
 * a stand-in PDF (the real PDF is made by publishGazetteIssue, tested in gazette.int.test.ts).
 */
export async function insertGazetteIssue(
  db: Queryable,
  organId: number,
  itemIds: readonly number[],
  options: { year?: number; number?: number; title?: string; published?: boolean } = {},
): Promise<number> {
  const published = options.published ?? false;
  const rows = await db.query<{ id: number }>(
    `INSERT INTO gazette_issues (organ_id, year, number, title, status, created_at, created_by_name, updated_at,
       published_at, published_on)
     VALUES ($1, $2, $3, $4, $5, now(), '测试', now(), $6, $7) RETURNING id::int AS id`,
    [
      organId,
      options.year ?? 2026,
      options.number ?? 1,
      options.title ?? '测试公报',
      published ? 'published' : 'draft',
      published ? new Date('2026-12-07T02:00:00Z') : null,
      published ? '2026-12-07' : null,
    ],
  );
  const id = rows[0]!.id;
  for (const [index, itemId] of itemIds.entries()) {
    await db.query(
      `INSERT INTO gazette_issue_items (issue_id, position, item_id, snapshot)
       SELECT $1, $2, i.id, CASE WHEN $4 THEN jsonb_build_object('kind', i.kind, 'title', i.title,
         'docNumber', i.doc_number, 'indexNumber', i.index_number, 'publishedAt', i.published_at,
         'bodyHtml', i.body_html, 'bodyText', i.body_text) END
       FROM items i WHERE i.id = $3`,
      [id, index + 1, itemId, published],
    );
  }
  if (published) {
    await db.query(`INSERT INTO gazette_pdfs VALUES ($1, $2, 9, 1, now())`, [id, Buffer.from('%PDF-1.3\n')]);
  }
  return id;
}
