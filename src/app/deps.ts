/** What the platform's shells hand to use cases: the database, the clock, the environment, the logger, the parse pool. */
import type { Env } from '../config/env.ts';
import type { Db } from '../db/db.ts';
import { createParsePool, type ParsePool } from '../io/parse-pool/parse-pool.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';

/**
 * The running platform's dependencies (built once at start by server.ts). `parsePool` is made and
 * closed by server.ts; dependencies built by hand (tests, benchmarks) may leave it out and get one
 * from parsePoolOf on first use.
 */
export type AppDeps = { db: Db; clock: Clock; env: Env; logger: Logger; parsePool?: ParsePool };

const poolsOfDeps = new WeakMap<AppDeps, ParsePool>();

/**
 * The parse pool of these dependencies: the one server.ts made, or one made now from
 * `env.parsePool` and kept for these dependencies (its workers stop when idle).
 * @example await parsePoolOf(deps).checkReportText(text)
 */
export function parsePoolOf(deps: AppDeps): ParsePool {
  if (deps.parsePool) {
    return deps.parsePool;
  }
  let pool = poolsOfDeps.get(deps);
  if (pool === undefined) {
    pool = createParsePool(deps.env.parsePool);
    poolsOfDeps.set(deps, pool);
  }
  return pool;
}
