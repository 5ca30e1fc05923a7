/**
 * Public search routes: /search (every organ, filterable by organ) and /o/:slug/search (the organ
 * and the organs under it). The query string is read through queryParams only; every value is
 * checked in the use case, and a bad one is answered on the page in Chinese (422), never a 500.
 */
import type { Context } from 'hono';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { searchPublic } from '../../app/search/search-public.ts';
import type { RawSearchParams } from '../../domain/search/search-params.ts';
import type { AppEnv } from '../context.ts';
import { renderPage } from '../layout/document.tsx';
import { queryParams } from '../middleware/query.ts';
import type { RouteModule } from '../routes.ts';
import { loadFrame } from './frame.ts';
import { sendPage } from './routes.tsx';
import { SearchPage, type SearchPageProps } from './search-page.tsx';

const SLUG = ':slug{[a-z0-9][a-z0-9-]{0,62}}';
const KEYS = [
  'q',
  'organ',
  'column',
  'topic',
  'genre',
  'validity',
  'from',
  'to',
  'writtenFrom',
  'writtenTo',
  'sort',
  'after',
  'kind',
] as const;

function rawParams(c: Context<AppEnv>): RawSearchParams {
  const all = queryParams(c);
  const raw: RawSearchParams = {};
  for (const key of KEYS) {
    if (all[key] !== undefined) {
      raw[key] = all[key];
    }
  }
  return raw;
}

/** Registers /search and /o/:slug/search. */
export const registerSearchRoutes: RouteModule = (app, deps) => {
  const directory = portalDirectoryFor(deps.db);

  const handle = async (c: Context<AppEnv>, slug: string | null) => {
    const frame = await loadFrame(c, directory, slug);
    const organ = slug === null ? null : frame.organ;
    const raw = rawParams(c);
    let outcome: SearchPageProps['outcome'] = null;
    if (Object.keys(raw).length > 0) {
      const result = await searchPublic(deps, raw, organ?.id ?? null);
      outcome = result.ok ? { ok: true, found: result } : { ok: false, errors: result.errors };
      if (!result.ok) {
        c.status(422);
      }
    }
    const organs = organ === null ? [...frame.snapshot.organs] : null;
    return sendPage(
      c,
      renderPage(<SearchPage frame={frame} organ={organ} raw={raw} outcome={outcome} organs={organs} />),
    );
  };

  app.get('/search', (c) => handle(c, null));
  app.get(`/o/${SLUG}/search`, (c) => handle(c, c.req.param('slug') ?? ''));
};
