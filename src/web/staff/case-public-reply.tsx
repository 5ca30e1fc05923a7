/**
 * 「公开此答复」 routes (decision 034): GET /staff/cases/:id/public-reply (the page), POST the same
 * path (publish) and POST …/withdraw (撤回公开). People who may not see the case get 404; people who
 * may see it without a publishing role get 403. Forms go through the CSRF check of every POST.
 */
import type { Context } from 'hono';
import { parseCaseId } from '../../app/cases/load-case.ts';
import { publishReply, withdrawReply } from '../../app/replies/publish-reply.ts';
import { loadReplyDraft } from '../../app/replies/reply-draft.ts';
import type { AppEnv } from '../context.ts';
import { failureError } from '../failures.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { readForm } from '../middleware/form.ts';
import { queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import type { RouteModule } from '../routes.ts';
import { PublicReplyView, type PublicReplyState } from './case-public-reply-view.tsx';
import type { AppDeps } from '../context.ts';
import { STALE_MESSAGE } from '../../app/failures.ts';

const ID = ':id{[1-9][0-9]{0,14}}';
const NOTICES: Record<string, string> = { published: '答复已公开', withdrawn: '已撤回公开' };

function caseIdOf(c: Context<AppEnv>): number {
  const id = parseCaseId(c.req.param('id'));
  if (id === null) {
    throw notFound('案件');
  }
  return id;
}

async function renderDraft(
  c: Context<AppEnv>,
  deps: AppDeps,
  caseId: number,
  state: PublicReplyState,
  notice: string | null,
  status: 200 | 403 | 409 | 422 = 200,
) {
  const actor = requireActor(c);
  const draft = await loadReplyDraft(deps, actor, caseId);
  if (draft === null) {
    throw notFound('案件');
  }
  return c.html(
    renderPage(
      <PublicReplyView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        draft={draft}
        state={state}
        notice={notice}
      />,
    ),
    status,
  );
}

/** Registers the public reply routes. */
export const registerPublicReplyRoutes: RouteModule = (app, deps) => {
  const path = `/staff/cases/${ID}/public-reply`;
  app.get(path, (c) => {
    const done = queryParam(c, 'done');
    return renderDraft(c, deps, caseIdOf(c), null, done === undefined ? null : (NOTICES[done] ?? null));
  });
  const post = (run: typeof publishReply, done: string) => async (c: Context<AppEnv>) => {
    const caseId = caseIdOf(c);
    const form = await readForm(c);
    const values = Object.fromEntries(
      Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v : (v[0] ?? '')]),
    );
    const result = await run(deps, requireActor(c), caseId, values);
    if (result.ok) {
      return c.redirect(`/staff/cases/${caseId}/public-reply?done=${done}`, 303);
    }
    switch (result.kind) {
      case 'invalid':
        return renderDraft(c, deps, caseId, { errors: result.errors, values }, null, 422);
      case 'refused':
        return renderDraft(c, deps, caseId, { errors: { _form: result.message }, values }, null, 409);
      case 'stale':
        return renderDraft(c, deps, caseId, { errors: { _form: STALE_MESSAGE }, values: {} }, null, 409);
      case 'file':
      case 'too_large':
      case 'forbidden':
      case 'not_found':
        throw failureError(result, {
          what: '案件',
          forbidden: '公开答复须由本机关的审核人、领导（签发）或管理员操作。',
        });
    }
  };
  app.post(path, post(publishReply, 'published'));
  app.post(`${path}/withdraw`, post(withdrawReply, 'withdrawn'));
};
