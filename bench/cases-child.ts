/**
 * The platform as a server for `npm run bench -- cases`, run as `node --import tsx
 * bench/cases-child.ts` with DATABASE_URL (PostgreSQL) or DATA_DIR (a PGlite folder the parent
 * loaded and closed): the real app, real clock, silent log. Listens on a free loopback port,
 * prints one JSON line {url}; stops on SIGTERM (the parent removes the folder).
 */
import { serve } from '@hono/node-server';
import { systemClock } from '../src/app/clock.ts';
import { createLogger } from '../src/app/logger.ts';
import { parseEnv } from '../src/config/env.ts';
import { openDatabase } from '../src/db/open.ts';
import { createApp } from '../src/web/app.ts';

const env = parseEnv({ ...process.env, HOST: '127.0.0.1' });
const db = await openDatabase(env);
const app = createApp({ db, clock: systemClock, env, logger: createLogger('silent') });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${info.port}` })}\n`);
});
process.once('SIGTERM', () => {
  server.close(() => {
    void db.close().then(() => process.exit(0));
  });
});
