import crypto from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDb } from '../../../test/db.ts';
import { insertTestTree, movableClock, type TestTree } from '../../../test/staff.ts';
import type { Db } from '../../db/db.ts';
import { upsertAnnualReport } from '../../db/queries/annual-reports.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { blankReport2021 } from '../../domain/report/check/fixtures.test-support.ts';
import { reportBundleZip } from './report-bundle.ts';

/** Organs with a published report and its file; each file's size. */
const ORGANS = 8;
const FILE_BYTES = 300 * 1024;

/** The real database, counting the bytes of report files it hands out. */
function observed(db: Db): { db: Db; fetched: () => number } {
  let fetched = 0;
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'query') {
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return async (sql: string, params?: readonly unknown[]) => {
        const rows = await target.query(sql, params);
        if (sql.includes('FROM item_files')) {
          fetched += rows.reduce((n, r) => n + ((r as { bytes?: Uint8Array }).bytes?.length ?? 0), 0);
        }
        return rows;
      };
    },
  });
  return { db: proxy, fetched: () => fetched };
}

for (const backend of await backends()) {
  describe(`一键下载 streams the ZIP organ by organ (${backend.name})`, () => {
    let t: TestDb;
    let tree: TestTree;
    const files = new Map<string, Uint8Array>();
    const clock = movableClock('2026-03-01T02:00:00Z');
    const supervisor = (organId: number): Actor => ({
      accountId: 900,
      username: 'sup',
      displayName: '上级',
      roles: [{ organId, role: 'supervisor' }],
      mustChangePassword: false,
    });

    beforeAll(async () => {
      t = await backend.open();
      tree = await insertTestTree(t.db);
      const at = new Date('2026-01-10T00:00:00Z');
      for (let i = 0; i < ORGANS; i += 1) {
        const name = `甲区第${i + 1}局`;
        const [organ] = await t.db.query<{ id: number }>(
          `INSERT INTO organs (parent_id, name, short_name, slug, type, level, created_at, updated_at)
           VALUES ($1, $2, $2, $3, 'department', 'county', $4, $4) RETURNING id::int AS id`,
          [tree.district, name, `bureau${i}`, at],
        );
        const [item] = await t.db.query<{ id: number }>(
          `INSERT INTO items (organ_id, kind, status, title, written_on, formed_on, genre, published_at,
             drafted_by_name, created_at, updated_at)
           VALUES ($1, 'annualReport', 'published', $2, '2025-12-20', '2025-12-20', '报告', $3, '测试', $3, $3)
           RETURNING id::int AS id`,
          [organ!.id, `${name}2025年度报告`, at],
        );
        const bytes = new Uint8Array(crypto.randomBytes(FILE_BYTES));
        files.set(`${name}/${name}2025年度报告.pdf`, bytes);
        await t.db.query(
          `INSERT INTO item_files (item_id, position, name, media_type, size, bytes, created_at)
           VALUES ($1, 1, $2, 'application/pdf', $3, $4, $5)`,
          [item!.id, `${name}2025年度报告.pdf`, bytes.length, bytes, at],
        );
        await upsertAnnualReport(t.db, {
          organId: organ!.id,
          year: 2025,
          report: { ...blankReport2021(2025), organ: name },
          publishedOn: '2026-01-10',
          now: at,
        });
        await t.db.query('UPDATE annual_reports SET item_id = $1 WHERE organ_id = $2', [item!.id, organ!.id]);
      }
    });
    afterAll(async () => {
      await t.dispose();
    });

    it('reads each organ’s files only as the reader takes the ZIP: at most one organ’s files ahead, whatever the number of organs', async () => {
      const watch = observed(t.db);
      const bundle = await reportBundleZip({ db: watch.db, clock }, supervisor(tree.district), {
        organ: String(tree.district),
        year: '2025',
      });
      if (!bundle.ok) {
        throw new Error('no bundle');
      }
      expect(bundle.count).toBe(ORGANS);
      expect(watch.fetched()).toBe(0); // nothing read before the first pull
      const reader = bundle.body.getReader();
      const chunks: Uint8Array[] = [];
      let emitted = 0;
      let mostAhead = 0;
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        chunks.push(read.value);
        emitted += read.value.length;
        mostAhead = Math.max(mostAhead, watch.fetched() - emitted);
      }
      expect(watch.fetched()).toBe(ORGANS * FILE_BYTES);
      // what is held beyond what the reader took never exceeds one organ's files
      expect(mostAhead).toBeLessThanOrEqual(FILE_BYTES);

      const entries = unzipSync(Buffer.concat(chunks));
      for (const [name, bytes] of files) {
        expect(Buffer.from(entries[name]!).equals(bytes)).toBe(true);
      }
      const dataset = new TextDecoder().decode(entries['年度报告数据.csv']);
      expect(dataset.split('\r\n').filter((l) => l !== '')).toHaveLength(ORGANS + 1);
      expect(new TextDecoder().decode(entries['报送情况.csv'])).toContain('甲区第8局');
    });

    it('stops reading when the reader goes away', async () => {
      const watch = observed(t.db);
      const bundle = await reportBundleZip({ db: watch.db, clock }, supervisor(tree.district), {
        organ: String(tree.district),
        year: '2025',
      });
      if (!bundle.ok) {
        throw new Error('no bundle');
      }
      const reader = bundle.body.getReader();
      await reader.read();
      await reader.cancel();
      expect(watch.fetched()).toBeLessThanOrEqual(FILE_BYTES);
    });
  });
}
