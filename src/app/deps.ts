/** What the platform's shells hand to use cases: the database, the clock, the environment and the logger. */
import type { Env } from '../config/env.ts';
import type { Db } from '../db/db.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';

/** The running platform's dependencies (built once at start by server.ts). */
export type AppDeps = { db: Db; clock: Clock; env: Env; logger: Logger };
