/**
 * Every route module of the app, in mount order. Add one line per module (one file per resource).
 */
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from './context.ts';

export type RouteModule = (app: Hono<AppEnv>, deps: AppDeps) => void;

export const ROUTE_MODULES: readonly RouteModule[] = [];
