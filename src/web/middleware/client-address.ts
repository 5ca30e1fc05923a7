/**
 * The client's network address for login throttling: the socket's peer address. Forwarded
 * headers are not trusted (anyone can send them); behind a reverse proxy every client shares the
 * proxy's address, which the higher per-address limit allows for.
 */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../context.ts';

/** The peer address, or 'unknown' (tests through app.request()). */
export function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
