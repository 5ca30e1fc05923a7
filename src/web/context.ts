/** What every request handler can reach: the app's dependencies and the request's actor. */
import type { Env as HonoEnv } from 'hono';
import type { AppDeps } from '../app/deps.ts';
import type { Actor } from '../domain/access/roles.ts';

export type { AppDeps };

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
