/** What every request handler can reach: the app's dependencies and the request's actor. */
import type { Env as HonoEnv } from 'hono';
import type { Clock } from '../app/clock.ts';
import type { Logger } from '../app/logger.ts';
import type { Env } from '../config/env.ts';
import type { Db } from '../db/db.ts';
import type { Actor } from '../domain/access/roles.ts';

export type AppDeps = { db: Db; clock: Clock; env: Env; logger: Logger };

export type AppEnv = HonoEnv & {
  Variables: {
    deps: AppDeps;
    requestId: string;
    /** The signed-in person, or null (set by the session middleware). */
    actor: Actor | null;
    /** The CSRF token to put in forms (set by the CSRF middleware). */
    csrfToken: string;
  };
};
