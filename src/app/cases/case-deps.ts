/** What the case use cases need: the database and the clock (no web types). */
import type { Db } from '../../db/db.ts';
import type { Clock } from '../clock.ts';

/** The database and the clock. */
export type CaseDeps = { db: Db; clock: Clock };
