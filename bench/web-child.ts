/**
 * A server for `npm run bench -- web`, run as `node --import tsx bench/web-child.ts MODE`:
 * `hello` — a plain Hono app answering "hello"; `app` — the platform (PGlite in a temporary folder,
 * or DATABASE_URL) with the demo organs and reports and one stored 年报体检 result, plus
 * `/__bench/hello`: "hello" behind the platform's whole middleware stack (the floor any page of the
 * platform can reach). Listens on a free loopback port, prints one JSON line {url, slug, token};
 * stops on SIGTERM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadDemoAnnualReports } from '../src/app/demo/annual-reports.ts';
import { ensureDemoOrgans } from '../src/app/demo/demo-organs.ts';
import { checkAndStoreReport } from '../src/app/report-checks/check-report.ts';
import { parsePoolOf } from '../src/app/deps.ts';
import { createLogger } from '../src/app/logger.ts';
import { systemClock } from '../src/app/clock.ts';
import { parseEnv } from '../src/config/env.ts';
import { openDatabase } from '../src/db/open.ts';
import { createApp } from '../src/web/app.ts';
import type { AppDeps } from '../src/web/context.ts';
import { ROUTE_MODULES, type RouteModule } from '../src/web/routes.ts';
import { ROOT } from '../test/fixtures.ts';

const SEED_002 = path.join(ROOT, 'test-fixtures', 'seeds', '002_2620abe2f7b9fa96.txt');

function announce(info: { url: string; slug: string; token: string }): void {
  process.stdout.write(`${JSON.stringify(info)}\n`);
}

function hello(): void {
  const app = new Hono();
  app.get('/', (c) => c.text('hello'));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    announce({ url: `http://127.0.0.1:${info.port}`, slug: '', token: '' }),
  );
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

/** "hello" after every middleware of the platform. */
const PLATFORM_HELLO: RouteModule = (app) => {
  app.get('/__bench/hello', (c) => c.text('hello'));
};

async function platform(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-bench-'));
  const env = parseEnv({ ...process.env, HOST: '127.0.0.1', DATA_DIR: dataDir });
  const db = await openDatabase(env);
  const deps: AppDeps = { db, clock: systemClock, env, logger: createLogger('silent') };
  await ensureDemoOrgans(deps);
  await loadDemoAnnualReports({ db, clock: deps.clock, print: () => undefined });
  const rows = await db.query<{ slug: string }>(
    'SELECT slug FROM organs WHERE parent_id IS NULL ORDER BY id LIMIT 1',
  );
  const { token } = await checkAndStoreReport(
    { ...deps, parsePool: parsePoolOf(deps) },
    { kind: 'paste', text: fs.readFileSync(SEED_002, 'utf8') },
    env.maxUploadBytes,
    null,
  );
  const app = createApp(deps, [...ROUTE_MODULES, PLATFORM_HELLO]);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    announce({ url: `http://127.0.0.1:${info.port}`, slug: rows[0]?.slug ?? '', token }),
  );
  process.once('SIGTERM', () => {
    server.close(() => {
      void db.close().then(() => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      });
    });
  });
}

if (process.argv[2] === 'hello') {
  hello();
} else {
  await platform();
}
