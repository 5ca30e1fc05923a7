/**
 * Starts the platform: environment → database (lock, migrations) → first-start bootstrap → parse
 * pool (worker threads for untrusted files; decision 015) → HTTP server; stops gracefully on
 * SIGINT/SIGTERM (finish requests, stop the parse workers, close the database, release the lock).
 */
import { startScheduledPublisher } from './jobs/scheduled-publisher.ts';
import { serve, type ServerType } from '@hono/node-server';
import { systemClock, type Clock } from './app/clock.ts';
import { createLogger, type Logger } from './app/logger.ts';
import type { Env } from './config/env.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open.ts';
import { createParsePool } from './io/parse-pool/parse-pool.ts';
import type { Db } from './db/db.ts';
import { handleClientError } from './web/client-error.tsx';
import type { AppDeps } from './web/context.ts';

export type Bootstrap = (deps: AppDeps) => Promise<void>;

export type RunningServer = { url: string; deps: AppDeps; close: () => Promise<void> };

/**
 * @param bootstrap first-start work (create the demo organ tree and the administrator)
 */
export async function startServer(
  env: Env,
  options: { clock?: Clock; logger?: Logger; bootstrap?: Bootstrap } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(env.logLevel);
  const steps = stepTimer();
  // The web app's code loads while PGlite starts (its WebAssembly compiles off the main thread):
  // on two cores that overlaps the two longest steps of a start (decision 013).
  const loadingApp = import('./web/app.ts');
  loadingApp.catch(() => undefined); // awaited below; a failed open must not leave it unhandled
  const db: Db = await steps.time('database', () => openDatabase(env, { migrate: false }));
  const parsePool = createParsePool(env.parsePool);
  const deps: AppDeps = { db, clock: options.clock ?? systemClock, env, logger, parsePool };
  try {
    await steps.time('migrations', () => migrate(db));
    await steps.time('bootstrap', async () => options.bootstrap?.(deps));
  } catch (error) {
    await parsePool.close();
    await db.close();
    throw error;
  }
  const app = await steps.time('app', async () => (await loadingApp).createApp(deps));
  const publisher = startScheduledPublisher(deps);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, () => resolve(s));
  });
  // Oversized headers and malformed requests never reach the app: answer them in Chinese too.
  server.on('clientError', handleClientError);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.port;
  const url = `http://localhost:${port}`;
  // What the start cost, step by step (ms), and in all since the process began (module loading
  // included): `npm run bench -- startup` reads it (decision 013).
  logger.info('listening', {
    url,
    database: db.kind,
    startupMs: { ...steps.durations, sinceProcessStart: Math.round(process.uptime() * 1000) },
  });
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      setTimeout(() => resolve(), 5000).unref();
    })
      .then(() => publisher.stop())
      .then(() => parsePool.close())
      .then(() => db.close());
    return closing;
  };
  return { url, deps, close };
}

/** Times the steps of the start (milliseconds, whole). */
function stepTimer() {
  const durations: Record<string, number> = {};
  return {
    durations,
    async time<T>(name: string, step: () => Promise<T>): Promise<T> {
      const started = performance.now();
      try {
        return await step();
      } finally {
        durations[name] = Math.round(performance.now() - started);
      }
    },
  };
}
