/** What the identity use cases need: the database and the clock (no web types). */
import type { Db } from '../../db/db.ts';
import type { Clock } from '../clock.ts';

/** The use cases' dependencies. */
export type IdentityDeps = { db: Db; clock: Clock };
