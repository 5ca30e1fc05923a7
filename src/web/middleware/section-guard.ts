/**
 * The back office's sections are entered by the same rule the menu is drawn from
 * (domain/access/staff-menu.ts): a person the menu does not offer a section to gets a 403 there
 * that names the roles which would open it. The routes' own checks (organ by organ) still follow.
 */
import type { MiddlewareHandler } from 'hono';
import {
  mayEnterSection,
  rolesOpening,
  sectionOfPath,
  sectionRefusal,
} from '../../domain/access/staff-menu.ts';
import type { AppEnv } from '../context.ts';
import { HttpError } from '../http-error.ts';

/** The guard for /staff/* (after staffGuard: a signed-in person who has changed their password). */
export function sectionGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    const section = sectionOfPath(c.req.path.replace(/\/+$/, '') || '/');
    if (actor && !actor.mustChangePassword && section !== null && !mayEnterSection(actor, section)) {
      throw new HttpError(403, sectionRefusal(section), { neededRoles: rolesOpening(section) });
    }
    await next();
  };
}
