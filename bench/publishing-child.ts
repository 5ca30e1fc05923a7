/**
 * A server for `npm run bench -- publishing`, run as `node --import tsx bench/publishing-child.ts`:
 * the platform (PGlite in a temporary folder, or DATABASE_URL) with 200 organs and 100,000
 * published items (bulk SQL: the figures are about reading), listening on a free loopback port.
 * Prints one JSON line {url, columnPath, itemPath, seedMs}; stops on SIGTERM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { systemClock } from '../src/app/clock.ts';
import { createLogger } from '../src/app/logger.ts';
import { parseEnv } from '../src/config/env.ts';
import { openDatabase } from '../src/db/open.ts';
import { createApp } from '../src/web/app.ts';
import type { AppDeps } from '../src/web/context.ts';

const ORGANS = Number(process.env.BENCH_ORGANS ?? 200);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-bench-pub-'));
const env = parseEnv({ ...process.env, HOST: '127.0.0.1', DATA_DIR: dataDir });
const db = await openDatabase(env);
const deps: AppDeps = { db, clock: systemClock, env, logger: createLogger('silent') };
const started = performance.now();
await db.query(
  `INSERT INTO organs (parent_id, name, short_name, slug, type, level, created_at, updated_at)
   SELECT NULL, '测试机关' || g, '机关' || g, 'o' || g, 'department', 'county', now(), now() FROM generate_series(1, $1::int) g`,
  [ORGANS],
);
await db.query(
  `INSERT INTO catalogue_columns (organ_id, parent_id, slug, name, basis, position)
   SELECT id, NULL, 'documents-2', '行政规范性文件', '', 1 FROM organs`,
);
await db.query(
  `INSERT INTO items (organ_id, kind, status, index_number, title, doc_number, doc_number_key, written_on, formed_on,
     topic, genre, summary, body_html, body_text, validity, published_at, published_version, drafted_by_name, created_at, updated_at)
   SELECT o.id, 'normative', 'published', 'BENCH/' || g, '关于印发第' || g || '号管理办法的通知', '测发〔2026〕' || g || '号',
     '测发2026' || g, date '2025-01-01' + (g % 300), date '2025-01-01' + (g % 300), '综合政务\\政务公开', '通知',
     '内容概述', '<p>第一条 为规范管理，制定本办法。</p><p>第二条 本办法自发布之日起施行。</p>',
     '第一条 为规范管理，制定本办法。第二条 本办法自发布之日起施行。', 'inForce',
     timestamptz '2026-01-02 00:00+08' + (g || ' minutes')::interval, 1, '测试', now(), now()
   FROM generate_series(1, $1::int) g JOIN organs o ON o.slug = 'o' || (1 + g % $2::int)`,
  [ITEMS, ORGANS],
);
await db.query(
  `INSERT INTO item_columns (item_id, column_id) SELECT i.id, c.id FROM items i JOIN catalogue_columns c ON c.organ_id = i.organ_id`,
);
await db.query('ANALYZE');
const seedMs = Math.round(performance.now() - started);
const [item] = await db.query<{ id: number }>(
  `SELECT i.id::int AS id FROM items i JOIN organs o ON o.id = i.organ_id WHERE o.slug = 'o1' ORDER BY i.id LIMIT 1`,
);
const app = createApp(deps);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  process.stdout.write(
    `${JSON.stringify({ url: `http://127.0.0.1:${info.port}`, columnPath: '/o/o1/gk/c/documents-2', itemPath: `/o/o1/gk/items/${item!.id}`, seedMs })}\n`,
  ),
);
process.once('SIGTERM', () => {
  server.close(() => {
    void db.close().then(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  });
});
