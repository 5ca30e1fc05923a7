/**
 * GET/POST /staff/items/:id/prose — the text of a drafted annual report's six parts (decision 039).
 * The page is offered while the item may be edited; a refused, stale or invalid save shows the page
 * again with what was posted and the message; a save redirects (303) to the item page.
 */
import type { Context, Hono } from 'hono';
import type { FieldErrors } from '../../app/failures.ts';
import { NO_DRAFTED_PROSE, saveReportProse } from '../../app/publishing/report-prose-steps.ts';
import { viewItem } from '../../app/publishing/view-item.ts';
import { partField } from '../../domain/annual-report/prose-edits.ts';
import { proseSections } from '../../domain/annual-report/report-prose.ts';
import { PARTS } from '../../domain/report/layout.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureStatus } from '../failures.ts';
import { HttpError, notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { readForm, formText } from '../middleware/form.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { ItemProseView } from './item-prose-view.tsx';
import { ITEM_ID, itemIdOf } from './items.tsx';

const NOT_EDITABLE =
  '本信息现在不能修改正文：只有草稿（包括审核退回的草稿）可以修改，且须由本机关的公开专员或管理员修改。';

async function showProse(
  c: Context<AppEnv>,
  deps: AppDeps,
  id: number,
  posted: Record<string, string> | null,
  errors: FieldErrors,
  status: 200 | 409 | 422 = 200,
) {
  const actor = requireActor(c);
  const view = await viewItem(deps, actor, id);
  if (view === null) {
    throw notFound('信息');
  }
  if (view.report === null || view.prose === null) {
    throw new HttpError(404, NO_DRAFTED_PROSE);
  }
  if (!view.actions.some((a) => a.action === 'edit' && a.blockedBy === null)) {
    throw new HttpError(409, NOT_EDITABLE);
  }
  const stored = view.prose.stored;
  const sections = proseSections(stored);
  const parts = PARTS.map(({ key, heading }) => ({
    key,
    heading,
    text: posted?.[partField(key)] ?? sections[key] ?? '',
    edited: stored.edited[key] !== undefined,
  }));
  return c.html(
    renderPage(
      <ItemProseView
        actor={actor}
        csrfToken={c.get('csrfToken')}
        item={{
          id,
          title: view.row.title,
          organId: view.row.organId,
          organName: view.organ.name,
          version: view.row.version,
        }}
        year={view.report.year}
        parts={parts}
        figuresHref={`/staff/statistics/figures?organ=${view.row.organId}&year=${view.report.year}`}
        errors={errors}
      />,
    ),
    status,
  );
}

/** Registers the page. */
export function registerItemProseRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get(`/staff/items/${ITEM_ID}/prose`, async (c) => showProse(c, deps, itemIdOf(c), null, {}));

  app.post(`/staff/items/${ITEM_ID}/prose`, async (c) => {
    const id = itemIdOf(c);
    const form = await readForm(c);
    const posted: Record<string, string | undefined> = {};
    for (const { key } of PARTS) {
      posted[partField(key)] =
        typeof form[partField(key)] === 'string' ? formText(form, partField(key)) : undefined;
    }
    const version = formText(form, 'version');
    const result = await saveReportProse(
      deps,
      requireActor(c),
      id,
      /^\d{1,9}$/.test(version) ? Number(version) : -1,
      posted,
    );
    if (result.ok) {
      return c.redirect(`/staff/items/${id}?done=prose`, 303);
    }
    if (result.kind === 'not_found') {
      throw failureError(result, { what: '信息' });
    }
    const errors = result.kind === 'invalid' ? result.errors : { _form: failureError(result).message };
    // what was posted is shown again, cut to a length a page can carry
    const shown = Object.fromEntries(
      Object.entries(posted).map(([k, v]) => [k, (v ?? '').slice(0, 100_000)]),
    );
    return showProse(c, deps, id, shown, errors, failureStatus(result) as 409 | 422);
  });
}
