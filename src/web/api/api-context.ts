/** What the open data routes share: the OpenAPI app type, the directory and the site's origin. */
import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { DirectorySnapshot } from '../../app/portal/directory.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { originOf } from '../portal/crawler-files.ts';
import { ErrorSchema } from './schemas.ts';

/** The OpenAPI sub-app the routes are defined on. */
export type OpenDataApi = OpenAPIHono<AppEnv>;

/** Registers some of the API's routes. */
export type ApiRoutes = (api: OpenDataApi, deps: AppDeps) => void;

/** The absolute origin of links (site.domain), or '' until the domain is set. */
export const linkOrigin = (c: Context<AppEnv>, snapshot: DirectorySnapshot) => originOf(c, snapshot);

/** An error response in the document. */
export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** The error responses every route may give. */
export const COMMON_ERRORS = {
  400: errorResponse('参数有误（消息指出哪个参数、可用的取值）'),
  429: errorResponse('请求过于频繁（见 Retry-After）'),
};

/** A JSON success response in the document. */
export const jsonResponse = <S>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
