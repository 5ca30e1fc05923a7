/**
 * Child of `npm run bench -- startup`: one start of the server, step by step, as startServer and
 * bootstrapPlatform run them, in a given checkout (its dist/ when built, else its src/ through
 * tsx) and data folder. Prints one JSON line: { step: milliseconds }. Compiled to plain JS by
 * startup-steps-run.ts so that measuring dist/ involves no TypeScript loader.
 * Usage: node startup-steps.mjs ROOT DATA_DIR dist|src
 */
import type * as EnvModule from '../src/config/env.ts';
import type * as OpenModule from '../src/db/open.ts';
import type * as MigrateModule from '../src/db/migrate.ts';
import type * as DemoOrgansModule from '../src/app/demo/demo-organs.ts';
import type * as AdministratorModule from '../src/app/identity/ensure-administrator.ts';
import type * as ClockModule from '../src/app/clock.ts';
import type * as LoggerModule from '../src/app/logger.ts';
import type * as AppModule from '../src/web/app.ts';

const [root, dataDir, mode] = process.argv.slice(2) as [string, string, 'dist' | 'src'];
const base = `${root}/${mode}`;
const ext = mode === 'dist' ? 'js' : 'ts';
const steps: Record<string, number> = {};
let last = performance.now();
steps['node itself, to the first line'] = Math.round(last);
const lap = (name: string) => {
  const now = performance.now();
  steps[name] = Math.round(now - last);
  last = now;
};

// The modules of the checkout measured, typed as this checkout's (their API is the same).
const load = async <T>(file: string) => (await import(`${base}/${file}.${ext}`)) as T;
const { parseEnv } = await load<typeof EnvModule>('config/env');
const { openDatabase } = await load<typeof OpenModule>('db/open');
await load('db/pglite');
const { migrate } = await load<typeof MigrateModule>('db/migrate');
const { ensureDemoOrgans } = await load<typeof DemoOrgansModule>('app/demo/demo-organs');
const { ensureAdministrator } = await load<typeof AdministratorModule>('app/identity/ensure-administrator');
const { systemClock } = await load<typeof ClockModule>('app/clock');
const { createLogger } = await load<typeof LoggerModule>('app/logger');
lap('load the database and bootstrap code');
const env = parseEnv({ ...process.env, DATA_DIR: dataDir });
const db = await openDatabase(env, { migrate: false });
lap('open the database (a new one: template copy or initdb)');
await migrate(db);
lap('migrations check');
const deps = { db, clock: systemClock, env, logger: createLogger('silent') };
await ensureDemoOrgans(deps);
lap('demo organ tree');
await ensureAdministrator(deps, null, () => undefined);
lap('administrator (argon2 when created)');
const { createApp } = await load<typeof AppModule>('web/app');
lap('load the web app code');
createApp(deps);
lap('create the app');
await db.close();
lap('close');
process.stdout.write(`${JSON.stringify(steps)}\n`);
