/**
 * The one error handler and the one error page. Known errors become a Chinese page with the right
 * status; anything else is logged (with the request id, no personal data) and shown as a plain 500
 * without internals. The page keeps the frame it belongs to: inside /staff the staff layout with
 * 「返回工作台」 (the sign-in frame before signing in), elsewhere the portal layout with 「返回首页」
 * (the organ's own frame under /o/:slug). A 403 names the roles that would allow the request.
 */
import { apiErrorBody } from './api/api-errors.ts';
import type { Context } from 'hono';
import { portalDirectoryFor } from '../app/portal/directory.ts';
import type { Role } from '../domain/access/roles.ts';
import {
  mayEnterSection,
  neededRolesMessage,
  sectionOfPath,
  STAFF_SECTIONS,
} from '../domain/access/staff-menu.ts';
import { ReportInputError } from '../domain/report/errors.ts';
import type { AppEnv } from './context.ts';
import { HttpError } from './http-error.ts';
import { Document, renderPage } from './layout/document.tsx';
import { loadFrame, type Frame } from './portal/frame.ts';
import { baseCrumbs, PortalPage } from './portal/portal-layout.tsx';
import { STAFF_SITE_NAME, StaffBrand, StaffLayout } from './staff/staff-layout.tsx';

/** What an error page says: the message and, for a 403, the roles any of which would allow it. */
export type ErrorPageContent = { message: string; neededRoles?: readonly Role[] };

type Link = { href: string; label: string };

type Body = { status: number; message: string; rolesSentence: string | null; requestId: string };

function headingOf(status: number): string {
  if (status === 404) {
    return '页面不存在';
  }
  if (status === 403) {
    return '无权访问';
  }
  return status >= 500 ? '服务器出错了' : '无法完成操作';
}

/** The heading, the message, the role sentence, the request id and the way back. */
function ErrorBody(props: Body & { back: Link; more?: Link | null }) {
  return (
    <div class="error-page">
      <h1>{headingOf(props.status)}</h1>
      <p role="alert" class="error-message">
        {props.message}
      </p>
      {props.rolesSentence ? <p class="error-roles">{props.rolesSentence}</p> : null}
      <p class="muted">
        错误编号：{props.requestId}（状态 {props.status}）
      </p>
      <p class="error-back">
        <a class="button button-primary" href={props.back.href}>
          {props.back.label}
        </a>
        {props.more ? (
          <>
            {' '}
            <a class="button" href={props.more.href}>
              {props.more.label}
            </a>
          </>
        ) : null}
      </p>
    </div>
  );
}

const titleOf = (status: number) => `${headingOf(status)}（${status}）`;

/** Inside /staff: the staff layout for a signed-in person, the sign-in frame otherwise. */
function staffPage(c: Context<AppEnv>, body: Body) {
  const actor = c.get('actor');
  if (actor) {
    const section = sectionOfPath(c.req.path);
    return (
      <StaffLayout
        title={titleOf(body.status)}
        actor={actor}
        csrfToken={c.get('csrfToken')}
        section={body.status === 403 ? null : section}
      >
        <ErrorBody
          {...body}
          back={{ href: '/staff', label: '返回工作台' }}
          more={
            section === null || section === 'workbench' || !mayEnterSection(actor, section)
              ? null
              : { href: STAFF_SECTIONS[section].href, label: `返回${STAFF_SECTIONS[section].label}` }
          }
        />
      </StaffLayout>
    );
  }
  return (
    <Document meta={{ title: titleOf(body.status), siteName: STAFF_SITE_NAME }} bodyClass="staff">
      <header class="staff-header">
        <div class="staff-header-inner">
          <StaffBrand />
        </div>
      </header>
      <main id="main" class="staff-main" tabindex={-1}>
        <ErrorBody {...body} back={{ href: '/staff/login', label: '返回登录页' }} />
      </main>
    </Document>
  );
}

/** The organ of an /o/:slug/… path, or null for the site's own frame. */
function slugOf(path: string): string | null {
  return /^\/o\/([^/]+)/.exec(path)?.[1] ?? null;
}

/** Elsewhere: the portal layout (the organ's frame under /o/:slug when that organ exists). */
async function publicPage(c: Context<AppEnv>, body: Body) {
  const deps = c.get('deps');
  let frame: Frame | null = null;
  try {
    const directory = portalDirectoryFor(deps.db);
    const slug = slugOf(c.req.path);
    const snapshot = await directory.snapshot();
    frame = await loadFrame(c, directory, slug !== null && snapshot.bySlug.has(slug) ? slug : null);
  } catch {
    // The database may be why we are here: fall back to the bare page.
  }
  if (frame === null) {
    return (
      <Document meta={{ title: titleOf(body.status), siteName: '政府信息公开平台' }}>
        <main id="main">
          <ErrorBody {...body} back={{ href: '/', label: '返回首页' }} />
        </main>
      </Document>
    );
  }
  const home = frame.organ === null || frame.organ.id === frame.root?.id ? '/' : `/o/${frame.organ.slug}`;
  return (
    <PortalPage
      frame={frame}
      nav="none"
      crumbs={[...baseCrumbs(frame), { label: headingOf(body.status) }]}
      meta={{ title: titleOf(body.status) }}
    >
      <ErrorBody
        {...body}
        back={{ href: home, label: '返回首页' }}
        more={
          body.status === 404 && frame.organ !== null
            ? { href: `/o/${frame.organ.slug}/sitemap`, label: '网站地图' }
            : null
        }
      />
    </PortalPage>
  );
}

/**
 * Renders an error as a page in the layout it belongs to (or JSON for /api and /healthz).
 * @param content the Chinese message; for a 403 the roles any of which would allow the request
 * @example throw-free use in a route: return renderErrorPage(c, 403, { message: '您没有权限进行此操作。', neededRoles: ['reviewer'] })
 */
export async function renderErrorPage(c: Context<AppEnv>, status: number, content: ErrorPageContent) {
  const requestId = c.get('requestId') ?? '-';
  const path = c.req.path;
  if (path.startsWith('/api/') || path === '/healthz') {
    return c.json(apiErrorBody(status, content.message, requestId), status as 400);
  }
  const roles = content.neededRoles ?? [];
  const body: Body = {
    status,
    message: content.message,
    rolesSentence:
      roles.length === 0 ? null : neededRolesMessage(roles, c.req.method === 'GET' ? '此页面' : '此操作'),
    requestId,
  };
  const isStaff = path === '/staff' || path.startsWith('/staff/');
  const page = isStaff ? staffPage(c, body) : await publicPage(c, body);
  return c.html(renderPage(page), status as 400);
}

/** Renders an error with only a message (kept for callers of the first version). */
export function renderError(c: Context<AppEnv>, status: number, message: string) {
  return renderErrorPage(c, status, { message });
}

/** app.onError handler. */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof HttpError) {
    return renderErrorPage(c, error.status, { message: error.message, neededRoles: error.neededRoles });
  }
  if (error instanceof ReportInputError) {
    return renderErrorPage(c, 422, { message: error.message });
  }
  c.get('deps')?.logger.error('unhandled error', {
    requestId: c.get('requestId'),
    path: c.req.path,
    error: error.stack ?? String(error),
  });
  return renderErrorPage(c, 500, {
    message: '服务器内部错误，请稍后再试。如果问题持续出现，请把错误编号告诉管理员。',
  });
}
