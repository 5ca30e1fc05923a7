/**
 * Public portal routes: the site's home, each organ's 首页, the 政府信息公开 column (指南, 制度,
 * 法定主动公开内容, 年报 and each report with downloads), 依申请公开, 网站地图, and the 关怀版 switch.
 * Routes only load (the directory snapshot; one query for a report) and render; pages are rendered
 * once per snapshot (app/portal/directory.ts).
 */
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { Child } from 'hono/jsx';
import { cachedPage, portalDirectoryFor, type PortalDirectory } from '../../app/portal/directory.ts';
import { loadAnnualReport, loadReportVersionFile } from '../../app/portal/load-annual-report.ts';
import { contentDisposition } from '../../app/report-checks/file-name.ts';
import { loadColumnCounts } from '../../app/portal/item-pages.ts';
import { publishedPortalPage } from '../../app/portal/portal-pages.ts';
import { DEFAULT_CATALOGUE } from '../../domain/publishing/default-catalogue.ts';
import type { PortalOrgan } from '../../db/queries/portal.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { queryParam } from '../middleware/query.ts';
import type { RouteModule } from '../routes.ts';
import { sendReportDownload, isDownloadFormat, sendReportPdf } from '../report-check/download.ts';
import { ApplyPage } from './apply-page.tsx';
import { ELDER_COOKIE, frameOrgan, loadFrame, type Frame } from './frame.ts';
import { hasPublishedIssue } from '../../app/portal/gazette-pages.ts';
import { GkLandingPage, RulesPage, SitemapPage, StatutoryPage } from './gk-pages.tsx';
import { GuidePage } from './guide-page.tsx';
import { EmptySitePage, OrganHomePage } from './home-page.tsx';
import { ReportPage, ReportsListPage } from './reports-pages.tsx';

/** One year of 关怀版 preference. */
const ELDER_MAX_AGE = 365 * 24 * 60 * 60;

/** `/o/:slug/gk/reports/:file` → year and optional download format. */
const REPORT_FILE = /^(\d{4})(?:\.([a-z]+))?$/;

/**
 * Where the 关怀版 switch returns to: a local path only (no scheme, no `//host`, no backslash).
 * @example safeBackPath('/o/boshan/gk') // '/o/boshan/gk'
 * @example safeBackPath('//evil.example') // '/'
 */
export function safeBackPath(back: string | undefined): string {
  if (back === undefined || !/^\/(?![/\\])[^\s\\]*$/.test(back) || back.length > 500) {
    return '/';
  }
  return back;
}

/** Sends a page; pages vary with the 关怀版 cookie. */
export function sendPage(c: Context<AppEnv>, html: string) {
  c.header('cache-control', 'no-cache');
  c.header('vary', 'Cookie');
  return c.html(html);
}

/**
 * A public page of an organ, rendered once per directory snapshot and display mode (the pages
 * hold no per-visitor data: no form, no token, no name).
 * @param slug the organ, or null for the site's root
 */
export async function organPage(
  c: Context<AppEnv>,
  directory: PortalDirectory,
  slug: string | null,
  render: (frame: Frame) => Child | Promise<Child>,
) {
  const frame = await loadFrame(c, directory, slug);
  const key = `${c.req.path}|${frame.site.domain}|${frame.isElder ? 'elder' : ''}`;
  return sendPage(c, await cachedPage(frame.snapshot, key, async () => renderPage(await render(frame))));
}

const parentOf = (frame: Frame, organ: PortalOrgan) =>
  organ.parentId === null ? null : (frame.snapshot.byId.get(organ.parentId) ?? null);
const reportsOf = (frame: Frame, organ: PortalOrgan) => frame.snapshot.reportsOf.get(organ.id) ?? [];

function home(frame: Frame) {
  if (frame.organ === null) {
    return <EmptySitePage frame={frame} />;
  }
  const subOrgans = frame.snapshot.childrenOf.get(frame.organ.id) ?? [];
  return (
    <OrganHomePage
      frame={frame}
      organ={frame.organ}
      subOrgans={subOrgans}
      reports={reportsOf(frame, frame.organ)}
    />
  );
}

/** Registers the portal routes. */
export const registerPortalRoutes: RouteModule = (app, deps) => {
  const directory = portalDirectoryFor(deps.db);
  const page =
    (render: (frame: Frame, organ: PortalOrgan) => Child | Promise<Child>) => (c: Context<AppEnv>) =>
      organPage(c, directory, c.req.param('slug') ?? '', (frame) => render(frame, frameOrgan(frame)));

  app.get('/', (c) => organPage(c, directory, null, home));
  app.get('/o/:slug', (c) => organPage(c, directory, c.req.param('slug'), home));
  app.get(
    '/o/:slug/gk',
    page((frame, organ) => <GkLandingPage frame={frame} organ={organ} />),
  );
  // the organ's own 指南 / 制度 (newest version) or the default; read once per snapshot like the page
  app.get(
    '/o/:slug/gk/guide',
    page(async (frame, organ) => (
      <GuidePage
        frame={frame}
        organ={organ}
        parent={parentOf(frame, organ)}
        written={await publishedPortalPage(deps.db, organ.id, 'guide')}
      />
    )),
  );
  app.get(
    '/o/:slug/gk/rules',
    page(async (frame, organ) => (
      <RulesPage
        frame={frame}
        organ={organ}
        parentName={parentOf(frame, organ)?.name ?? null}
        written={await publishedPortalPage(deps.db, organ.id, 'rules')}
      />
    )),
  );
  // counts change with every publication: rendered per request, not from the snapshot cache
  app.get('/o/:slug/gk/statutory', async (c) => {
    const frame = await loadFrame(c, directory, c.req.param('slug'));
    const organ = frameOrgan(frame);
    const { tree, counts } = await loadColumnCounts(deps.db, organ.id);
    const hasGazette = await hasPublishedIssue(deps.db, organ.id);
    const columns = tree.length > 0 ? tree : DEFAULT_CATALOGUE.map((c) => ({ ...c, children: c.children }));
    return sendPage(
      c,
      renderPage(
        <StatutoryPage
          frame={frame}
          organ={organ}
          columns={columns}
          counts={counts}
          hasGazette={hasGazette}
        />,
      ),
    );
  });
  app.get(
    '/o/:slug/gk/reports',
    page((frame, organ) => <ReportsListPage frame={frame} organ={organ} reports={reportsOf(frame, organ)} />),
  );
  app.get(
    '/o/:slug/apply',
    page((frame, organ) => <ApplyPage frame={frame} organ={organ} parent={parentOf(frame, organ)} />),
  );
  app.get(
    '/o/:slug/sitemap',
    page((frame, organ) => <SitemapPage frame={frame} organ={organ} />),
  );
  app.get('/o/:slug/gk/reports/:file', async (c) => {
    const match = REPORT_FILE.exec(c.req.param('file'));
    const format = match?.[2];
    if (match === null || (format !== undefined && format !== 'pdf' && !isDownloadFormat(format))) {
      throw notFound('该年度报告');
    }
    const year = Number(match[1]);
    const load = async (organ: PortalOrgan) => {
      const stored = await loadAnnualReport(deps, organ.id, year);
      if (stored === null) {
        throw notFound('该年度报告');
      }
      return stored;
    };
    if (format === 'pdf') {
      const organ = frameOrgan(await loadFrame(c, directory, c.req.param('slug')));
      return sendReportPdf(c, deps, (await load(organ)).report, `${organ.slug}-annual-report-${year}`);
    }
    if (format !== undefined && isDownloadFormat(format)) {
      const organ = frameOrgan(await loadFrame(c, directory, c.req.param('slug')));
      return sendReportDownload(c, (await load(organ)).report, format, `${organ.slug}-annual-report-${year}`);
    }
    return organPage(c, directory, c.req.param('slug'), async (frame) => (
      <ReportPage frame={frame} organ={frameOrgan(frame)} stored={await load(frameOrgan(frame))} />
    ));
  });

  // every published version of a corrected report stays downloadable (decision 029)
  app.get('/o/:slug/gk/reports/:year{[0-9]{4}}/versions/:n{[1-9][0-9]{0,4}}', async (c) => {
    const organ = frameOrgan(await loadFrame(c, directory, c.req.param('slug')));
    const year = Number(c.req.param('year'));
    const file = await loadReportVersionFile(deps, organ.id, year, Number(c.req.param('n')));
    if (file === null) {
      throw notFound('该版本的年度报告');
    }
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.mediaType,
      'content-disposition': contentDisposition(
        `${organ.slug}-annual-report-${year}-v${c.req.param('n')}`,
        file.name.replace(/\.[^.]*$/, ''),
        file.name.split('.').pop() ?? 'bin',
      ),
      'x-content-type-options': 'nosniff',
    });
  });

  // 关怀版: a display preference in a cookie (no personal data), then back to the page.
  app.get('/prefs/elder', (c) => {
    const isOn = queryParam(c, 'on') === '1';
    setCookie(c, ELDER_COOKIE, isOn ? '1' : '0', {
      path: '/',
      maxAge: isOn ? ELDER_MAX_AGE : 0,
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.env.secureCookies,
    });
    return c.redirect(safeBackPath(queryParam(c, 'back')), 303);
  });
};
