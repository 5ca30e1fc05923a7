/**
 * A server for `npm run bench -- search`, run as `node --import tsx bench/search-child.ts`: the
 * platform (PGlite in a temporary folder, or DATABASE_URL) with BENCH_ITEMS published items and their
 * search rows (bench/search-seed.ts; with BENCH_SEEDED=1 an earlier run's database as it is), listening on a free loopback port. Before listening it publishes
 * one more item's search rows in a transaction, as 签发 does, and times that write and the first
 * search that finds it (publish → findable). Prints one JSON line with the URL and the figures;
 * stops on SIGTERM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { systemClock } from '../src/app/clock.ts';
import { createLogger } from '../src/app/logger.ts';
import { SQL_SEARCH_INDEX } from '../src/app/search/search-index.ts';
import { parseEnv } from '../src/config/env.ts';
import type { Db } from '../src/db/db.ts';
import { openDatabase } from '../src/db/open.ts';
import { parseQuery } from '../src/domain/search/query.ts';
import { searchDocuments } from '../src/domain/search/search-document.ts';
import { createApp } from '../src/web/app.ts';
import type { AppDeps } from '../src/web/context.ts';
import { seedSearchCorpus, SENTENCES } from './search-seed.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const NO_FILTERS = {
  organId: null,
  columnId: null,
  topic: null,
  genre: null,
  validity: null,
  publishedFrom: null,
  publishedTo: null,
  writtenFrom: null,
  writtenTo: null,
  sourceKind: null,
};

/** Writes one new item's search rows as publishing does, then searches its unique phrase. */
async function publishToFindable(db: Db, organId: number): Promise<{ writeMs: number; findMs: number }> {
  const [item] = await db.query<{ id: number }>(
    `INSERT INTO items (organ_id, kind, status, index_number, title, doc_number, doc_number_key, formed_on, topic, genre,
       body_html, body_text, validity, published_at, published_version, drafted_by_name, created_at, updated_at)
     VALUES ($1, 'normative', 'published', 'BENCH/new/' || $2, '新发布的通知', '', '', date '2025-12-01', '综合政务', '通知', '',
       '', 'inForce', now(), 1, '测试', now(), now()) RETURNING id::int AS id`,
    [organId, Date.now()],
  );
  const began = performance.now();
  const docs = searchDocuments({
    title: '新发布的通知',
    docNumber: '测发〔2026〕新1号',
    indexNumber: 'BENCH/new',
    summary: '',
    keywords: '',
    bodyText: `${SENTENCES.join('')}刚刚发布的独有短语甲乙丙`,
    files: [{ id: 0, name: '附件.pdf', text: SENTENCES.join('').repeat(5) }],
  });
  await db.transaction((tx) =>
    SQL_SEARCH_INDEX.replace(tx, { kind: 'item', id: item!.id }, docs, {
      organId,
      kind: 'normative',
      genre: '通知',
      topic: '综合政务',
      validity: 'inForce',
      columnIds: [],
      publishedAt: new Date(),
      writtenOn: null,
    }),
  );
  const written = performance.now();
  const parsed = parseQuery('刚刚发布的独有短语甲乙丙');
  const found = parsed.ok
    ? await SQL_SEARCH_INDEX.search(db, {
        query: parsed.query,
        filters: NO_FILTERS,
        sort: 'date',
        after: null,
        limit: 20,
      })
    : null;
  if (found?.hits[0]?.sourceId !== item!.id) {
    throw new Error('the item just published was not found');
  }
  return { writeMs: Math.round(written - began), findMs: Math.round(performance.now() - written) };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-bench-search-'));
const env = parseEnv({ ...process.env, HOST: '127.0.0.1', DATA_DIR: dataDir });
const db = await openDatabase(env);
const deps: AppDeps = { db, clock: systemClock, env, logger: createLogger('silent') };
const started = performance.now();
// BENCH_SEEDED=1: the database (DATABASE_URL) was seeded by an earlier run; measure it as it is
const { indexMs, buildMs, organIds } =
  process.env.BENCH_SEEDED === '1'
    ? {
        indexMs: 0,
        buildMs: {},
        organIds: (await db.query<{ id: number }>('SELECT id FROM organs ORDER BY id')).map((r) => r.id),
      }
    : await seedSearchCorpus(db, ITEMS);
const seedMs = Math.round(performance.now() - started);
const [size] = await db.query<{ total: number; heap: number; toast: number; indexes: number; gin: number }>(
  `SELECT round(pg_total_relation_size('search_documents') / 1048576.0)::int AS total,
     round(pg_relation_size('search_documents') / 1048576.0)::int AS heap,
     round(COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0) / 1048576.0)::int AS toast,
     round(pg_indexes_size('search_documents') / 1048576.0)::int AS indexes,
     round(pg_relation_size('search_documents_grams') / 1048576.0)::int AS gin
   FROM pg_class c WHERE c.oid = 'search_documents'::regclass`,
);
const [rows] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM search_documents');
const publish = await publishToFindable(db, organIds[0]!);
const app = createApp(deps);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  process.stdout.write(
    `${JSON.stringify({
      url: `http://127.0.0.1:${info.port}`,
      seedMs,
      indexMs,
      buildMs,
      size,
      rows: rows?.n ?? 0,
      publish,
      organOf73519: organIds[73519 % organIds.length],
    })}\n`,
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
