/**
 * Starts the platform: environment → database (lock, migrations) → first-start bootstrap → HTTP
 * server; stops gracefully on SIGINT/SIGTERM (finish requests, close the database, release the lock).
 */
import { serve, type ServerType } from '@hono/node-server';
import { systemClock, type Clock } from './app/clock.ts';
import { createLogger, type Logger } from './app/logger.ts';
import type { Env } from './config/env.ts';
import { openDatabase } from './db/open.ts';
import type { Db } from './db/db.ts';
import { createApp } from './web/app.ts';
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
  const db: Db = await openDatabase(env);
  const deps: AppDeps = { db, clock: options.clock ?? systemClock, env, logger };
  try {
    await options.bootstrap?.(deps);
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = createApp(deps);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, () => resolve(s));
  });
  // Oversized headers and malformed requests never reach the app: answer them in Chinese too.
  server.on('clientError', handleClientError);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.port;
  const url = `http://localhost:${port}`;
  logger.info('listening', { url, database: db.kind });
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      setTimeout(() => resolve(), 5000).unref();
    }).then(() => db.close());
    return closing;
  };
  return { url, deps, close };
}
