/**
 * The sitemap and the items dataset are kept between requests (decision 035) and follow the data:
 * the same bytes and ETag while nothing changes (304 for a client that has them), new ones once an
 * item is withdrawn or an organ renamed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Db } from '../../db/db.ts';
import type { AppDeps } from '../../app/deps.ts';
import { forgetPublishedVersion } from '../../app/open-data/file-cache.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { performItemAction } from '../../app/publishing/perform-item-action.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { createTestApp, insertTestOrgans, openTestDb, type TestOrganIds } from '../../../test/portal.ts';
import { publishOpenDataWorld, type OpenDataWorld } from '../../../test/open-data.ts';
import { peopleOf } from '../../../test/publishing.ts';
import type { AppEnv } from '../context.ts';

describe('kept crawler files and datasets', () => {
  let db: Db;
  let app: Hono<AppEnv>;
  let deps: AppDeps;
  let ids: TestOrganIds;
  let world: OpenDataWorld;
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

  beforeAll(async () => {
    db = await openTestDb();
    ids = await insertTestOrgans(db);
    ({ app, deps } = createTestApp(db));
    world = await publishOpenDataWorld(deps, ids);
  }, 180_000);
  afterAll(async () => {
    await deps.parsePool?.close();
    await db.close();
  });

  it('answers the same bytes and ETag while nothing changes, and 304 to a client that has them', async () => {
    for (const path of ['/sitemap.xml', '/api/v1/datasets/items.csv']) {
      const first = await get(path);
      const tag = first.headers.get('etag')!;
      expect(tag, path).toMatch(/^"[0-9a-f]{40}"$/);
      const body = await first.text();
      const again = await get(path);
      expect(again.headers.get('etag'), path).toBe(tag);
      expect(await again.text(), path).toBe(body);
      const cached = await get(path, { 'if-none-match': tag });
      expect(cached.status, path).toBe(304);
      expect(await cached.text()).toBe('');
    }
  });

  it('drops a withdrawn item from the sitemap and the dataset', async () => {
    const before = await get('/sitemap.xml');
    const csvBefore = await get('/api/v1/datasets/items.csv');
    expect(await before.clone().text()).toContain(`/gk/items/${world.docId}</loc>`);
    expect(await csvBefore.clone().text()).toContain('博山区城市绿化管理办法');
    const item = (await findItem(db, world.interpId))!;
    const withdrawn = await performItemAction(
      deps,
      peopleOf(ids.root).approver,
      world.interpId,
      item.version,
      'withdraw',
      {
        reason: '已更新',
      },
    );
    expect(withdrawn.ok).toBe(true);
    forgetPublishedVersion(db);
    const after = await get('/sitemap.xml');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(await after.text()).not.toContain(`/gk/items/${world.interpId}</loc>`);
    const csvAfter = await get('/api/v1/datasets/items.csv');
    expect(csvAfter.headers.get('etag')).not.toBe(csvBefore.headers.get('etag'));
    expect(await csvAfter.text()).not.toContain('图解');
  });

  it('follows an organ renamed (the directory), not only the items', async () => {
    const before = await get('/api/v1/datasets/items.csv');
    await db.query("UPDATE organs SET name = '淄博市博山区人民政府（新）' WHERE slug = 'boshan'");
    portalDirectoryFor(db).invalidate();
    const after = await get('/api/v1/datasets/items.csv');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(await after.text()).toContain('淄博市博山区人民政府（新）');
  });
});
