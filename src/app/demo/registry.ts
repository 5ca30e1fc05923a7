/**
 * Demo content loaders. `gongkai demo` runs the organ tree and the demo accounts first, then every
 * loader registered here, in registration order. A module adds its demo content (annual reports,
 * publications…) by calling `registerDemoLoader` in its own file and adding one import line to
 * src/app/demo/all-loaders.ts. Loaders must be idempotent: `gongkai demo` may run many times.
 */
import type { Db } from '../../db/db.ts';
import type { Env } from '../../config/env.ts';
import type { Clock } from '../clock.ts';

/**
 * What a loader gets: the database, the clock, the environment (the parse pool settings the use
 * cases need; the defaults when absent) and `print` for one-line messages to the person.
 */
export type DemoLoaderDeps = { db: Db; clock: Clock; env?: Env; print: (line: string) => void };

/** Loads one kind of demo content; must be idempotent. */
export type DemoLoader = (deps: DemoLoaderDeps) => Promise<void>;

const loaders = new Map<string, DemoLoader>();

/**
 * Registers a loader under a unique name (registering a name again replaces it).
 * @example registerDemoLoader('年度报告', (deps) => loadDemoAnnualReports(deps))
 */
export function registerDemoLoader(name: string, fn: DemoLoader): void {
  loaders.set(name, fn);
}

/** The registered loaders, in registration order. */
export function demoLoaders(): ReadonlyArray<readonly [string, DemoLoader]> {
  return [...loaders.entries()];
}
