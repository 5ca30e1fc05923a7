/**
 * Public 政府公报 routes (decision 025): /o/:slug/gk/gazette (issues by year),
 * /o/:slug/gk/gazette/:year/:number (an issue as printed) and …/pdf (the PDF stored at publication).
 * Rendered per request; drafts answer 404.
 */
import type { Context } from 'hono';
import { loadGazetteYears, loadIssuePdf, loadPublicIssue } from '../../app/portal/gazette-pages.ts';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import type { RouteModule } from '../routes.ts';
import { frameOrgan, loadFrame } from './frame.ts';
import { GazetteIssuePage, GazetteListPage } from './gazette-pages.tsx';
import { sendPage } from './routes.tsx';

const SLUG = ':slug{[a-z0-9][a-z0-9-]{0,62}}';
const ISSUE = ':year{[0-9]{4}}/:number{[1-9][0-9]{0,2}}';

/** Registers the public 政府公报 routes. */
export const registerGazetteRoutes: RouteModule = (app, deps) => {
  const directory = portalDirectoryFor(deps.db);
  const frameOf = (c: Context<AppEnv>) => loadFrame(c, directory, c.req.param('slug') ?? '');
  const issueOf = (c: Context<AppEnv>) =>
    [Number(c.req.param('year')), Number(c.req.param('number'))] as const;

  app.get(`/o/${SLUG}/gk/gazette`, async (c) => {
    const frame = await frameOf(c);
    const organ = frameOrgan(frame);
    const years = await loadGazetteYears(deps.db, organ.id);
    return sendPage(c, renderPage(<GazetteListPage frame={frame} organ={organ} years={years} />));
  });

  app.get(`/o/${SLUG}/gk/gazette/${ISSUE}`, async (c) => {
    const frame = await frameOf(c);
    const organ = frameOrgan(frame);
    const data = await loadPublicIssue(deps.db, organ.id, ...issueOf(c));
    if (data === null) {
      throw notFound('该期政府公报');
    }
    return sendPage(c, renderPage(<GazetteIssuePage frame={frame} organ={organ} data={data} />));
  });

  app.get(`/o/${SLUG}/gk/gazette/${ISSUE}/pdf`, async (c) => {
    const frame = await frameOf(c);
    const organ = frameOrgan(frame);
    const pdf = await loadIssuePdf(deps.db, organ.id, ...issueOf(c));
    if (pdf === null) {
      throw notFound('该期政府公报');
    }
    const { issue } = pdf;
    return c.body(pdf.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition(
        `gazette-${issue.year}-${issue.number}`,
        `${organ.name}公报${issue.year}年第${issue.number}期`,
        'pdf',
      ),
      'x-content-type-options': 'nosniff',
      // a published issue never changes
      'cache-control': 'public, max-age=86400',
    });
  });
};
