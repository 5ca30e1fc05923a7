/** What the identity use cases need: the database and the clock (no web types). */
import type { Db } from '../../db/db.ts';
import type { Clock } from '../clock.ts';

/** The use cases' dependencies. */
export type IdentityDeps = { db: Db; clock: Clock };

/** Formats a time as 北京时间 `YYYY-MM-DD HH:mm` for messages. */
export function formatBeijingTime(at: Date): string {
  const shifted = new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}
