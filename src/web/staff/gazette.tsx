/**
 * 主动公开 › 政府公报 (decision 025): GET /staff/items/gazette?organ= (issues), GET/POST
 * /staff/items/gazette/new?organ= (新建一期), GET/POST /staff/items/gazette/:id (a draft's fields and
 * 目录; ?q= finds published items to add), POST /staff/items/gazette/:id/publish (出版).
 */
import type { Context, Hono } from 'hono';
import {
  createGazetteIssue,
  gazetteListFor,
  saveGazetteIssue,
  viewGazetteIssue,
} from '../../app/publishing/gazette-issues.ts';
import { publishGazetteIssue } from '../../app/publishing/publish-gazette-issue.ts';
import type { FieldErrors } from '../../app/failures.ts';
import { yearOf, type LocalDate } from '../../domain/calendar/local-date.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import { failureError, failureMessage, failureStatus } from '../failures.ts';
import { notFound } from '../http-error.ts';
import { renderPage } from '../layout/document.tsx';
import { formText, postedVersion, readForm, type FormValues } from '../middleware/form.ts';
import { queryId, queryParam } from '../middleware/query.ts';
import { requireActor } from '../middleware/staff-guard.ts';
import { GazetteIssueView } from './gazette-issue-view.tsx';
import { GazetteListView, GazetteNewView } from './gazette-views.tsx';

const ISSUE_ID = ':id{[1-9][0-9]{0,14}}';
const FIELDS = ['year', 'number', 'totalNumber', 'publishedOn', 'title'] as const;

const fieldValues = (form: FormValues) => Object.fromEntries(FIELDS.map((k) => [k, formText(form, k)]));

function ordersOf(form: FormValues): Map<number, string> {
  const orders = new Map<number, string>();
  for (const key of Object.keys(form)) {
    const match = /^order-([1-9]\d{0,14})$/.exec(key);
    if (match) {
      orders.set(Number(match[1]), formText(form, key));
    }
  }
  return orders;
}

/** Registers the 政府公报 back-office routes (before /staff/items/:id). */
export function registerGazetteStaffRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/staff/items/gazette', async (c) => {
    const actor = requireActor(c);
    const page = await gazetteListFor(deps, actor, queryParam(c, 'organ'));
    return c.html(renderPage(<GazetteListView actor={actor} csrfToken={c.get('csrfToken')} page={page} />));
  });

  const showNew = async (
    c: Context<AppEnv>,
    values: Record<string, string>,
    errors: FieldErrors,
    status: 200 | 422,
  ) => {
    const actor = requireActor(c);
    const page = await gazetteListFor(deps, actor, String(queryId(c, 'organ')));
    if (page.organ === null || page.organ.id !== queryId(c, 'organ') || !page.canEdit) {
      throw notFound('该机关的政府公报');
    }
    const numbers = page.issues.filter((i) => i.year === Number(values.year)).map((i) => i.number);
    const filled = { ...values, number: values.number ?? String(Math.max(0, ...numbers) + 1) };
    return c.html(
      renderPage(
        <GazetteNewView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          organId={page.organ.id}
          organName={page.organ.name}
          values={filled}
          errors={errors}
        />,
      ),
      status,
    );
  };
  app.get('/staff/items/gazette/new', (c) =>
    showNew(c, { year: String(yearOf(deps.clock.today() as LocalDate)) }, {}, 200),
  );
  app.post('/staff/items/gazette/new', async (c) => {
    const form = await readForm(c);
    const values = fieldValues(form);
    const result = await createGazetteIssue(deps, requireActor(c), queryId(c, 'organ'), values);
    if (result.ok) {
      return c.redirect(`/staff/items/gazette/${result.issueId}?done=created`, 303);
    }
    if (result.kind !== 'invalid') {
      throw failureError(result, { what: '机关' });
    }
    return showNew(c, values, result.errors, 422);
  });

  const showIssue = async (
    c: Context<AppEnv>,
    values: Record<string, string> | null,
    errors: FieldErrors,
    status: 200 | 409 | 422,
  ) => {
    const actor = requireActor(c);
    const search = (queryParam(c, 'q') ?? '').trim();
    const page = await viewGazetteIssue(deps, actor, Number(c.req.param('id')), search);
    if (page === null) {
      throw notFound('该期政府公报');
    }
    const i = page.issue;
    const shown = values ?? {
      year: String(i.year),
      number: String(i.number),
      totalNumber: i.totalNumber === null ? '' : String(i.totalNumber),
      publishedOn: i.publishedOn ?? '',
      title: i.title,
    };
    return c.html(
      renderPage(
        <GazetteIssueView
          actor={actor}
          csrfToken={c.get('csrfToken')}
          page={page}
          values={shown}
          errors={errors}
          search={search}
          done={queryParam(c, 'done')}
        />,
      ),
      status,
    );
  };
  app.get(`/staff/items/gazette/${ISSUE_ID}`, (c) => showIssue(c, null, {}, 200));
  app.post(`/staff/items/gazette/${ISSUE_ID}`, async (c) => {
    const id = Number(c.req.param('id'));
    const form = await readForm(c, ['item']);
    const items = form.item;
    const result = await saveGazetteIssue(deps, requireActor(c), id, postedVersion(form), {
      form: fieldValues(form),
      items: Array.isArray(items) ? items : [],
      orders: ordersOf(form),
      resort: formText(form, 'resort') === 'yes',
    });
    if (result.ok) {
      return c.redirect(`/staff/items/gazette/${id}?done=saved`, 303);
    }
    if (result.kind === 'invalid') {
      return showIssue(c, fieldValues(form), result.errors, 422);
    }
    if (result.kind === 'stale') {
      return showIssue(c, null, { _form: failureMessage(result) }, 409);
    }
    throw failureError(result, { what: '该期政府公报' });
  });
  app.post(`/staff/items/gazette/${ISSUE_ID}/publish`, async (c) => {
    const id = Number(c.req.param('id'));
    const form = await readForm(c);
    const result = await publishGazetteIssue(deps, requireActor(c), id, postedVersion(form));
    if (result.ok) {
      return c.redirect(`/staff/items/gazette/${id}?done=published`, 303);
    }
    if (result.kind === 'refused' || result.kind === 'stale') {
      return showIssue(c, null, { _form: failureMessage(result) }, failureStatus(result));
    }
    throw failureError(result, { what: '该期政府公报' });
  });
}
