/**
 * The application dependencies a demo loader hands to the real use cases: the loader's database
 * and clock, its environment (defaults when absent), a silent logger and a parse pool that is
 * closed when the loader is done.
 */
import { parseEnv } from '../../config/env.ts';
import { createParsePool } from '../../io/parse-pool/parse-pool.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import type { DemoLoaderDeps } from './registry.ts';

/**
 * Runs `use` with application dependencies built from the loader's, then stops the pool.
 * @example await withDemoApp(deps, (app) => publishSomething(app, …))
 */
export async function withDemoApp<T>(deps: DemoLoaderDeps, use: (app: AppDeps) => Promise<T>): Promise<T> {
  const env = deps.env ?? parseEnv({});
  const pool = createParsePool(env.parsePool);
  try {
    return await use({
      db: deps.db,
      clock: deps.clock,
      env,
      logger: createLogger('silent'),
      parsePool: pool,
    });
  } finally {
    await pool.close();
  }
}
