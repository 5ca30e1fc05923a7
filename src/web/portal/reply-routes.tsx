/**
 * Public reply pages (decision 034): /o/:slug/gk/replies (the organ's list) and
 * /o/:slug/gk/replies/:id (one reply). Not cached with the directory snapshot: 「撤回公开」 takes a
 * reply off at once. A withdrawn, unknown or other organ's reply answers 404.
 */
import type { Context } from 'hono';
import { portalDirectoryFor } from '../../app/portal/directory.ts';
import { loadPublicReplies, loadPublicReply } from '../../app/replies/portal-replies.ts';
import type { AppEnv } from '../context.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import type { RouteModule } from '../routes.ts';
import { frameOrgan, loadFrame } from './frame.ts';
import { RepliesListPage, ReplyPage } from './reply-pages.tsx';
import { sendPage } from './routes.tsx';

const SLUG = ':slug{[a-z0-9][a-z0-9-]{0,62}}';

/** Registers the portal's reply pages. */
export const registerReplyPortalRoutes: RouteModule = (app, deps) => {
  const directory = portalDirectoryFor(deps.db);
  const frameOf = async (c: Context<AppEnv>) => {
    const frame = await loadFrame(c, directory, c.req.param('slug') ?? '');
    return { frame, organ: frameOrgan(frame) };
  };
  app.get(`/o/${SLUG}/gk/replies`, async (c) => {
    const { frame, organ } = await frameOf(c);
    const replies = await loadPublicReplies(deps.db, organ.id);
    return sendPage(c, renderPage(<RepliesListPage frame={frame} organ={organ} replies={replies} />));
  });
  app.get(`/o/${SLUG}/gk/replies/:id{[1-9][0-9]{0,14}}`, async (c) => {
    const { frame, organ } = await frameOf(c);
    const reply = await loadPublicReply(deps.db, organ.id, Number(c.req.param('id')));
    if (reply === null) {
      throw notFound('该答复');
    }
    return sendPage(c, renderPage(<ReplyPage frame={frame} organ={organ} reply={reply} />));
  });
};
