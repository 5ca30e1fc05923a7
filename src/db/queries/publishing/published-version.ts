/** The version key of the set of published items (what the sitemap and the items dataset are built from). */
import type { Queryable } from '../../db.ts';

/**
 * A string that changes whenever an item is published, withdrawn or changed while published:
 * publishing and withdrawing change the count and the sum of ids; every write bumps the row's
 * `version` and sets `updated_at`. Items are never deleted. One pass over the published rows.
 */
export async function readPublishedItemsVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ key: string }>(
    `SELECT concat_ws('.', count(*), COALESCE(sum(id), 0), COALESCE(sum(version), 0),
       COALESCE(floor(extract(epoch FROM max(updated_at)) * 1000), 0)) AS key
     FROM items WHERE status = 'published'`,
  );
  return row!.key;
}
