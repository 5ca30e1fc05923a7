/** What the organ use cases need: the database and the clock (no web types). */
import type { Db } from '../../db/db.ts';
import type { Clock } from '../clock.ts';

/** The database and the clock. */
export type OrganDeps = { db: Db; clock: Clock };
