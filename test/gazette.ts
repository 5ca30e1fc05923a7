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
