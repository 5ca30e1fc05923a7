/**
 * The sitemap, the items dataset and the annual-report datasets are kept between requests
 * (decisions 035, 042) and follow the data: the same bytes and ETag while nothing changes (304 for
 * a client that has them), new ones once an item is withdrawn, an organ renamed, or a report
 * published, corrected or taken off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Db } from '../../db/db.ts';
import type { AppDeps } from '../../app/deps.ts';
import { forgetPublishedVersion } from '../../app/open-data/file-cache.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { performItemAction } from '../../app/publishing/perform-item-action.ts';
import { findItem } from '../../db/queries/publishing/items.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import { publishItemReport, unpublishItemReport } from '../../db/queries/publishing/item-reports.ts';
import { REPORT_2024 } from '../../app/demo/annual-reports.ts';
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
    for (const path of [
      '/sitemap.xml',
      '/api/v1/datasets/items.csv',
      '/api/v1/datasets/annual-reports.csv',
      '/api/v1/datasets/annual-reports.jsonl',
    ]) {
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

  it('rebuilds the report datasets when a report is published, corrected or taken off', async () => {
    const paths = ['/api/v1/datasets/annual-reports.csv', '/api/v1/datasets/annual-reports.jsonl'];
    const fetchAll = async () =>
      Promise.all(
        paths.map(async (path) => {
          const res = await get(path);
          return { tag: res.headers.get('etag')!, text: await res.text() };
        }),
      );
    const lines = (text: string) => text.trim().split('\n').length;
    const before = await fetchAll();
    expect(lines(before[1]!.text)).toBe(2);
    const change = async (write: () => Promise<unknown>) => {
      const tags = (await fetchAll()).map((f) => f.tag);
      await write();
      forgetPublishedVersion(db);
      const after = await fetchAll();
      after.forEach((file, i) => expect(file.tag, paths[i]).not.toBe(tags[i]));
      // the old tag is no longer answered with 304
      expect((await get(paths[0]!, { 'if-none-match': tags[0]! })).status).toBe(200);
      return after;
    };
    const report = (organ: string) => ({ ...REPORT_2024, organ });
    // published: a report of another organ
    const published = await change(() =>
      upsertAnnualReport(db, {
        organId: ids.finance,
        year: 2024,
        report: report('博山区财政局'),
        publishedOn: '2025-01-20',
        now: new Date('2026-01-02T00:00:00Z'),
      }),
    );
    expect(lines(published[1]!.text)).toBe(3);
    expect(published[0]!.text).toContain('博山区财政局');
    // corrected: the same row rewritten (same count, same ids)
    const corrected = await change(() =>
      upsertAnnualReport(db, {
        organId: ids.finance,
        year: 2024,
        report: report('博山区财政局（更正）'),
        publishedOn: '2025-01-20',
        now: new Date('2026-01-03T00:00:00Z'),
      }),
    );
    expect(corrected[0]!.text).toContain('博山区财政局（更正）');
    expect(lines(corrected[1]!.text)).toBe(3);
    // published through a 年度报告 item (签发 writes the row with the item's id), then withdrawn
    const signed = await change(() =>
      publishItemReport(db, {
        organId: ids.street,
        itemId: world.docId,
        year: 2024,
        report: report('城东街道办事处'),
        publishedOn: '2025-01-21',
        at: new Date('2026-01-04T00:00:00Z'),
      }),
    );
    expect(lines(signed[1]!.text)).toBe(4);
    const withdrawn = await change(() => unpublishItemReport(db, world.docId));
    expect(withdrawn[0]!.text).not.toContain('城东街道办事处');
    expect(lines(withdrawn[1]!.text)).toBe(3);
  });
});
