/**
 * A server for `npm run bench -- search`, run as `node --import tsx bench/search-child.ts`: the
 * platform (PGlite in a temporary folder, or DATABASE_URL) with 100,000 published items and their
 * search rows (bench/search-seed.ts), listening on a free loopback port. Prints one JSON line
 * {url, seedMs, indexMs, sizeMb}; stops on SIGTERM.
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
import { seedSearchCorpus } from './search-seed.ts';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-bench-search-'));
const env = parseEnv({ ...process.env, HOST: '127.0.0.1', DATA_DIR: dataDir });
const db = await openDatabase(env);
const deps: AppDeps = { db, clock: systemClock, env, logger: createLogger('silent') };
const started = performance.now();
const { indexMs } = await seedSearchCorpus(db, ITEMS);
const seedMs = Math.round(performance.now() - started);
const [size] = await db.query<{ mb: number }>(
  `SELECT round(pg_total_relation_size('search_documents') / 1048576.0)::int AS mb`,
);
const app = createApp(deps);
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  process.stdout.write(
    `${JSON.stringify({ url: `http://127.0.0.1:${info.port}`, seedMs, indexMs, sizeMb: size?.mb ?? 0 })}\n`,
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
